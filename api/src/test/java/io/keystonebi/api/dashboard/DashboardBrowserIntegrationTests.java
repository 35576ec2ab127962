package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives Debian's Chromium ({@link Browsers}) against the running application. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class DashboardBrowserIntegrationTests {

	private static final String QUERY = "from=2026-03-01&to=2026-03-15";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void thePageShowsTheFiguresTheApiReturnsWithoutConsoleErrorsOrSidewaysScrolling(int width) {
		JsonNode api = SummaryClient.executive(this.context, this.port).summary(QUERY);
		this.driver = Browsers.chromium(width);
		signIn("/?" + QUERY);
		JsonNode summary = api.get("summary");
		assertThat(card("revenue")).isEqualTo(dollars(summary.get("total_revenue").decimalValue()));
		assertThat(card("leads")).isEqualTo(String.valueOf(summary.get("total_leads").asLong()));
		assertThat(card("conversion_rate")).isEqualTo(summary.get("conversion_rate").decimalValue() + "%");
		assertThat(card("pipeline_value")).isEqualTo(dollars(summary.get("pipeline_value").decimalValue()));
		assertThat(change("revenue")).contains(summary.get("revenue_change").decimalValue().abs() + "%")
			.contains("vs previous period");
		assertThat(change("pipeline_value")).contains(summary.get("pipeline_change").decimalValue().abs() + "%");
		String text = this.driver.findElement(By.tagName("body")).getText();
		for (JsonNode agent : api.get("top_agents")) {
			assertThat(text).contains(agent.get("name").asString()).contains(dollars(agent.get("revenue").decimalValue()));
		}
		for (JsonNode alert : api.get("alerts")) {
			assertThat(text).contains(alert.get("message").asString());
		}
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=data-as-of]")).getText()).startsWith("Data as of");
		WebElement sync = this.driver.findElement(By.cssSelector("[data-testid=sync-stamp]"));
		assertThat(sync.isDisplayed()).isTrue();
		assertThat(sync.getText()).isEqualTo("Synced from GHL 12 min ago");
		assertThat(sync.getRect().getX() + sync.getRect().getWidth()).as("stamp inside the viewport")
			.isLessThanOrEqualTo(width);
		assertThat(clientWidth()).isEqualTo(width);
		assertThat(scrollWidth()).as("no sideways scrolling").isLessThanOrEqualTo(width);
		assertThat(severeConsoleEntries()).isEmpty();
	}

	@Test
	void theRangeSelectorWorksWithoutJavaScriptAndBadDatesAreExplainedOnThePage() {
		this.driver = Browsers.chromium(375);
		signIn("/?" + QUERY);
		this.driver.findElement(By.linkText("7D")).click();
		JsonNode sevenDays = SummaryClient.executive(this.context, this.port).summary("range=7d");
		assertThat(card("revenue")).isEqualTo(dollars(sevenDays.get("summary").get("total_revenue").decimalValue()));
		assertThat(this.driver.findElement(By.linkText("7D")).getAttribute("aria-current")).isEqualTo("page");
		this.driver.get("http://127.0.0.1:" + this.port + "/?from=2026-03-10&to=2026-03-01");
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=error]")).getText())
			.contains("'from'", "2026-03-10");
	}

	// Asks for the page, lands on the sign-in form, signs in, and is sent back to the page asked for.
	private void signIn(String page) {
		String username = TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null);
		this.driver.get("http://127.0.0.1:" + this.port + page);
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(TestSignIn.PASSWORD);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		// The click can return before the signed-in page has loaded, above all on a busy machine.
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(
				"http://127.0.0.1:" + this.port + page));
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=account]")).getText())
			.contains("Signed in as Test executive", "(Executive)");
	}

	private String card(String kpi) {
		return this.driver.findElement(By.cssSelector("[data-kpi=" + kpi + "] [data-testid=kpi-value]")).getText();
	}

	private String change(String kpi) {
		WebElement change = this.driver.findElement(By.cssSelector("[data-kpi=" + kpi + "] .change"));
		return change.getText() + " " + change.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent");
	}

	private long clientWidth() {
		return (Long) ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.clientWidth");
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.scrollWidth");
	}

	private List<LogEntry> severeConsoleEntries() {
		return Browsers.severeConsoleEntries(this.driver);
	}

	// Whole currency units, rounding half up, as a reader expects a price to be rounded.
	private static String dollars(BigDecimal amount) {
		return "$" + String.format(Locale.US, "%,.0f", amount);
	}

}
