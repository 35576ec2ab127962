package io.keystonebi.api.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.dashboard.Browsers;
import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report builder's filter by name and its schedule panel in Chromium: a report filtered to an agent chosen by
 * name is saved with the agent's id and scheduled weekly to the executive, who first reads beside the field that
 * their account has no e-mail address; the next run shown is the API's, formatted here on its own; a viewer's
 * builder has no schedule panel; the panel fits a phone and is used by keyboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, ReportsClient.TEAM_FIXTURE }, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class ReportScheduleBrowserIntegrationTests {

	private static final String ZONE = "America/New_York";

	private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter NEXT_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aReportFilteredByAnAgentsNameIsSavedAndScheduledWeeklyToTheCaller() {
		String username = open(1280, "/reports/builder", Role.EXECUTIVE);
		setEmail(username, null);
		field("report-title").clear();
		field("report-title").sendKeys("Alice's revenue");
		choose(blockField(0, "metrics"), "revenue");
		new Select(blockField(0, "filter-dimension")).selectByValue("agent");
		waitUntil((d) -> !new Select(blockField(0, "filter-values")).getOptions().isEmpty());
		new Select(blockField(0, "filter-values")).selectByVisibleText("Alice Moreno");
		assertThat(schedulePanel().isDisplayed()).isFalse();

		this.driver.findElement(By.cssSelector("[data-save]")).click();
		waitUntil((d) -> d.getCurrentUrl().matches(".*/reports/builder/\\d+$"));
		long definitionId = Long.parseLong(this.driver.getCurrentUrl().replaceAll(".*/", ""));
		JsonNode saved = ReportsClient.json(executive().get("/api/v1/reports/definitions/" + definitionId), 200);
		assertThat(saved.path("definition").path("blocks").get(0).path("filters").path("agent").toString())
			.isEqualTo("[\"1\"]");

		assertThat(schedulePanel().isDisplayed()).isTrue();
		new Select(field("schedule-recurrence")).selectByValue("weekly");
		new Select(field("schedule-day-of-week")).selectByVisibleText("Monday");
		field("schedule-zone").clear();
		field("schedule-zone").sendKeys(ZONE);
		this.driver.findElement(By.cssSelector("[data-schedule-submit]")).click();
		WebElement noAddress = this.driver.findElement(By.id("schedule-error-recipients"));
		waitUntil((d) -> noAddress.isDisplayed());
		assertThat(noAddress.getText()).isEqualTo("Your account has no e-mail address to send reports to; ask an "
				+ "administrator to set one.");

		setEmail(username, "executive@example.com");
		this.driver.findElement(By.cssSelector("[data-schedule-submit]")).click();
		waitUntil((d) -> schedulePanel().getAttribute("data-schedule-id") != null);

		JsonNode schedule = scheduleOf(definitionId);
		assertThat(schedule.path("recurrence").asString()).isEqualTo("weekly");
		assertThat(schedule.path("day_of_week").asInt()).isEqualTo(1);
		assertThat(schedule.path("local_time").asString()).isEqualTo("07:00");
		assertThat(schedule.path("time_zone").asString()).isEqualTo(ZONE);
		assertThat(schedule.path("formats").toString()).isEqualTo("[\"pdf\"]");
		assertThat(schedule.path("recipient_count").asInt()).isEqualTo(1);
		ZonedDateTime next = Instant.parse(schedule.path("next_run_at").asString()).atZone(ZoneId.of(ZONE));
		assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(noAddress.isDisplayed()).isFalse();
		assertThat(status()).isEqualTo("Scheduled: Every Monday at 07:00 " + ZONE + ". Next e-mail: " + words(next)
				+ ", 07:00 " + ZONE);

		this.driver.navigate().refresh();
		waitUntil((d) -> "true".equals(d.findElement(By.tagName("main")).getAttribute("data-ready")));
		waitUntil((d) -> new Select(blockField(0, "filter-values")).getOptions().size() > 1);
		assertThat(new Select(blockField(0, "filter-values")).getAllSelectedOptions()).extracting(WebElement::getText)
			.containsExactly("Alice Moreno");
		// The refusal for want of an address is the only failed request.
		assertThat(Browsers.severeConsoleEntries(this.driver)).extracting(Object::toString)
			.allMatch((entry) -> entry.contains("/api/v1/reports/schedule - ") && entry.contains("status of 400"));
	}

	@Test
	void onAPhoneASavedReportIsScheduledByKeyboardWithoutSidewaysScrolling() {
		String username = TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null);
		setEmail(username, "executive@example.com");
		JsonNode saved = ReportsClient.json(executive().post("/api/v1/reports/definitions", "{\"title\": "
				+ "\"Daily revenue\", \"range\": \"last_30_days\", \"blocks\": [{\"title\": \"Revenue\", \"metrics\": "
				+ "[\"revenue\"], \"view\": \"kpi\"}]}"), 201);
		open(375, "/reports/builder/" + saved.path("id").asLong(), Role.EXECUTIVE);

		assertThat(schedulePanel().isDisplayed()).isTrue();
		assertThat(scrollWidth()).isLessThanOrEqualTo(375);
		new Select(field("schedule-recurrence")).selectByValue("last_day_of_month");
		assertThat(field("schedule-day-of-week").isDisplayed()).isFalse();
		this.driver.findElement(By.cssSelector("input[name='formats'][value='csv']")).sendKeys(Keys.SPACE);
		field("schedule-zone").clear();
		field("schedule-zone").sendKeys(ZONE, Keys.ENTER);
		waitUntil((d) -> schedulePanel().getAttribute("data-schedule-id") != null);

		JsonNode schedule = scheduleOf(saved.path("id").asLong());
		assertThat(schedule.path("recurrence").asString()).isEqualTo("last_day_of_month");
		assertThat(schedule.path("formats").toString()).isEqualTo("[\"pdf\",\"csv\"]");
		ZonedDateTime next = Instant.parse(schedule.path("next_run_at").asString()).atZone(ZoneId.of(ZONE));
		assertThat(next.toLocalDate().plusDays(1).getDayOfMonth()).isEqualTo(1);
		assertThat(status()).endsWith("Next e-mail: " + words(next) + ", 07:00 " + ZONE);
		assertThat(scrollWidth()).isLessThanOrEqualTo(375);
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@Test
	void aViewersBuilderHasNoSchedulePanelAndAnAdministratorsLinksToTheRecipients() {
		open(1280, "/reports/builder", Role.VIEWER);
		assertThat(this.driver.findElements(By.cssSelector("[data-testid='schedule']"))).isEmpty();
		this.driver.quit();

		open(1280, "/reports/builder", Role.ADMIN);
		assertThat(this.driver.findElement(By.cssSelector("[data-testid='manage-recipients']")).getAttribute("href"))
			.endsWith("/admin/schedules");
	}

	private String open(int width, String path, Role role) {
		this.driver = Browsers.chromium(width);
		String username = TestSignIn.ensureAccount(this.context, role, null, null);
		Browsers.signIn(this.driver, this.port, username);
		this.driver.get("http://127.0.0.1:" + this.port + path);
		waitUntil((d) -> "true".equals(d.findElement(By.tagName("main")).getAttribute("data-ready")));
		return username;
	}

	private ReportsClient executive() {
		return ReportsClient.as(this.context, this.port, Role.EXECUTIVE, null, null);
	}

	private JsonNode scheduleOf(long definitionId) {
		JsonNode all = ReportsClient.json(executive().get("/api/v1/reports/schedules"), 200);
		List<JsonNode> mine = new java.util.ArrayList<>();
		all.forEach((schedule) -> {
			if (schedule.path("definition_id").asLong() == definitionId) {
				mine.add(schedule);
			}
		});
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

	// The day as the panel writes it, the year only when it is not this one.
	private static String words(ZonedDateTime next) {
		return (next.getYear() == Year.now(next.getZone()).getValue()) ? NEXT.format(next) : NEXT_WITH_YEAR.format(next);
	}

	private void setEmail(String username, String email) {
		String sql = ClasspathSqlLocator.create().locate(ReportScheduleBrowserIntegrationTests.class, "setEmail");
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql).bind("username", username).bind("email", email)
			.execute());
	}

	private WebElement schedulePanel() {
		return this.driver.findElement(By.cssSelector("[data-testid='schedule']"));
	}

	private String status() {
		return this.driver.findElement(By.cssSelector("[data-schedule-status]")).getText();
	}

	private WebElement field(String id) {
		return new BuilderPage(this.driver).field(id);
	}

	private WebElement blockField(int block, String name) {
		return new BuilderPage(this.driver).blockField(block, name);
	}

	private void choose(WebElement select, String... values) {
		new BuilderPage(this.driver).choose(select, values);
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.scrollWidth;");
	}

	private void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition::apply);
	}

}
