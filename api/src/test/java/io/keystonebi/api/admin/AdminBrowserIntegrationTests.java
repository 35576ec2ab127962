package io.keystonebi.api.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.dashboard.Browsers;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds an account in Chromium, at a phone's width and a desktop's: the made-up password is shown
 * once and signs in, the pages raise no console errors (a style or script the CSP refused would be one) and never
 * scroll sideways. With {@code -Dadmin.screenshots=<directory>} each page is also saved there as a PNG.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = "/io/keystonebi/api/dashboard/fixture.sql", executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@Sql(scripts = "/io/keystonebi/api/admin/reset.sql", executionPhase = ExecutionPhase.AFTER_TEST_CLASS)
class AdminBrowserIntegrationTests {

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
	void anAdministratorAddsAnAccountAndSeesItsPasswordOnce(int width) {
		this.driver = Browsers.chromium(width);
		// A click returns before the page it posts to has loaded; finding an element waits for it.
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
		signIn("/admin/users");
		assertFits(width);
		String username = "browser-" + width;
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("displayName")).sendKeys("Browser " + width);
		new Select(this.driver.findElement(By.id("role"))).selectByVisibleText("Agent");
		new Select(this.driver.findElement(By.id("warehouseUserId"))).selectByVisibleText("Ben Okafor — Front Range Realty");
		this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		String password = this.driver.findElement(By.cssSelector("[data-testid=new-password]")).getText();
		assertThat(password).hasSize(20);
		assertThat(this.driver.findElement(By.cssSelector("[data-username='" + username + "']")).getText())
			.contains("Browser " + width, "Ben Okafor");
		screenshot("users-created-" + width);
		assertThat(TestSignIn.token(this.port, username, password).get("scope").asString()).isEqualTo("agent");
		assertFits(width);
		// Shown once: the list opened again does not have it.
		this.driver.get(url("/admin/users"));
		assertThat(this.driver.getPageSource()).doesNotContain(password);
		this.driver.findElement(By.cssSelector("[data-username='" + username + "'] .row-action a")).click();
		assertThat(this.driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Browser " + width);
		screenshot("user-edit-" + width);
		assertFits(width);
		this.driver.findElement(By.id("displayName")).clear();
		this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		assertThat(this.driver.findElement(By.cssSelector("[data-field=displayName]")).getText()).isNotBlank();
		screenshot("user-edit-error-" + width);
		this.driver.get(url("/admin/teams"));
		this.driver.findElement(By.id("name")).sendKeys("Browser team " + width);
		new Select(this.driver.findElement(By.id("managerUserId"))).selectByVisibleText("Dan Whitfield");
		this.driver.findElement(By.cssSelector("label[for=member-1]")).click();
		this.driver.findElement(By.cssSelector("label[for=member-2]")).click();
		this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=saved]")).getText()).contains("Team created");
		assertThat(this.driver.findElement(By.id("member-1")).isSelected()).isTrue();
		assertThat(this.driver.findElement(By.id("member-3")).isSelected()).isFalse();
		screenshot("team-edit-" + width);
		assertFits(width);
		this.driver.get(url("/admin/teams"));
		assertThat(this.driver.findElement(By.cssSelector("[data-team='Browser team " + width + "']")).getText())
			.contains("Dan Whitfield", "Alice Moreno, Ben Okafor");
		screenshot("teams-" + width);
		assertFits(width);
		this.driver.get(url("/"));
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=account]")).getText()).contains("Users", "Teams");
		screenshot("dashboard-" + width);
		assertThat(Browsers.severeConsoleEntries(this.driver).stream()
			// The refused edit above answers 400 on purpose; Chromium logs every error status it loads.
			.filter((entry) -> !entry.getMessage().contains("status of 400")).toList()).isEmpty();
	}

	// Asks for the page, lands on the sign-in form, signs in, and is sent back to the page asked for.
	private void signIn(String page) {
		String username = TestSignIn.ensureAccount(this.context, Role.ADMIN, null, null);
		this.driver.get(url(page));
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(TestSignIn.PASSWORD);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(page)));
	}

	private void assertFits(int width) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		assertThat((Long) script.executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling on " + this.driver.getCurrentUrl()).isLessThanOrEqualTo(width);
	}

	// The whole page, not just the first screen: the viewport is made as tall as the page for the picture.
	private void screenshot(String name) {
		String directory = System.getProperty("admin.screenshots");
		if (directory == null) {
			return;
		}
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		long width = (Long) script.executeScript("return window.innerWidth");
		long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
		ChromeDriver chrome = (ChromeDriver) this.driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		try {
			Files.write(Path.of(directory, name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
		finally {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
