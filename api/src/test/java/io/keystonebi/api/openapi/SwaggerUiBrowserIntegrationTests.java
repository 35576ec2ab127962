package io.keystonebi.api.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.dashboard.Browsers;
import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in Chromium, under the application's Content Security Policy (scripts and styles from its own
 * origin only): it lists every operation of the document and the console shows no error, so nothing it needs
 * was refused. Outside the demo profile it needs an administrator's sign-in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
class SwaggerUiBrowserIntegrationTests {

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

	@Test
	void swaggerUiShowsEveryOperationUnderTheStrictPolicyWithoutConsoleErrors() {
		int operations = ApiDocument.fetch(this.port, TestSignIn.admin(this.context, this.port)).operations().size();
		this.driver = Browsers.chromium(1280);
		signInAsAdmin("/swagger-ui.html");
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((page) -> page.findElements(By.cssSelector(".opblock")).size() == operations);
		assertThat(this.driver.findElement(By.cssSelector(".info .title")).getText()).contains("Keystone BI API");
		assertThat(this.driver.findElements(By.cssSelector(".btn.authorize"))).isNotEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void swaggerUiIsServedWithTheStrictPolicyAndOnlyToAdministrators() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to)
			.endsWith("/login"));
		String executive = TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null);
		assertThat(http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).header("Cookie", executive).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		String admin = TestSignIn.session(this.context, this.port, Role.ADMIN, null, null);
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html"))
			.header("Cookie", admin)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((policy) -> assertThat(
				policy).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline",
						"unsafe-eval"));
		assertThat(page.body()).doesNotContain("<style").doesNotContainPattern("<script>[^<]");
	}

	// Asks for the page, lands on the sign-in form, signs in, and is sent back to the page asked for.
	private void signInAsAdmin(String page) {
		String username = TestSignIn.ensureAccount(this.context, Role.ADMIN, null, null);
		this.driver.get("http://127.0.0.1:" + this.port + page);
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(TestSignIn.PASSWORD);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((browser) -> !browser.getCurrentUrl().endsWith("/login"));
		assertThat(this.driver.getCurrentUrl()).contains("/swagger-ui");
	}

	private List<LogEntry> consoleErrors() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.toList();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
