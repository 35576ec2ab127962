package io.keystonebi.api.dashboard;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard without a network: the browser keeps the last page viewed and shows it, marked offline with its
 * time, when the server cannot be reached. The server is really stopped (the browser's own offline switch does not
 * reach its service worker), so this class has a context of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@DirtiesContext
class OfflineSnapshotBrowserIntegrationTests {

	private static final String PAGE = "/revenue?from=2026-03-01&to=2026-03-20&compare=previous";

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
	void theLastViewedPageIsShownOfflineMarkedWithItsTimeWithItsTablesAndCharts() {
		this.driver = Browsers.chromium(375);
		Browsers.signIn(this.driver, this.port, TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null));
		open();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> Boolean.TRUE.equals(
				((JavascriptExecutor) d).executeScript("return !!navigator.serviceWorker.controller")));
		// The worker now sees the page and its data load, and keeps them.
		open();
		String online = table();

		((WebServerApplicationContext) this.context).getWebServer().stop();
		this.driver.get(url(PAGE));

		WebElement banner = new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=offline-banner]")));
		assertThat(banner.getText()).startsWith("Offline: this is the snapshot taken ")
			.endsWith("Figures will update when the network is back.");
		assertThat(table()).isEqualTo(online);
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(
				(d) -> !d.findElements(By.cssSelector("[data-panel=pipeline_value] .chart canvas")).isEmpty());
	}

	private void open() {
		this.driver.get(url(PAGE));
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((d) -> d.findElement(By.cssSelector("main")).getAttribute("data-drawn") != null);
	}

	private String table() {
		return this.driver.findElement(By.cssSelector("[data-panel=pipeline_value] table")).getAttribute("textContent");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
