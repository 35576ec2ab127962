package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.api.webhooks.WebhookSender;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of charts in Chromium, as each role, on a phone and a desktop: the tables on the page hold exactly
 * the API's rows for that caller, every chart with rows is drawn, nothing scrolls sideways and the console stays
 * clean. Then the summary as each role, its layout editor, a drill-down, and live updates after a webhook.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bi.jobs.enabled=false", "bi.etl.ghl.webhooks.drain-on-receipt=true", "bi.api.live.quiet=100ms" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, "/io/keystonebi/api/dashboard/SummaryScopeIntegrationTests/scope.sql",
		"/io/keystonebi/api/dashboard/PanelPagesBrowserIntegrationTests/sequences.sql" },
		executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class PanelPagesBrowserIntegrationTests {

	private static final String QUERY = "?from=2026-03-01&to=2026-03-20&compare=previous";

	private static final List<String> PAGES = List.of("pipeline", "revenue", "agents", "funnel", "market");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	@DynamicPropertySource
	static void webhookKeys(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.webhooks.ed25519-public-keys", () -> WebhookSender.publicKey(WebhookSender.ED25519));
	}

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "EXECUTIVE,1280", "EXECUTIVE,375", "MANAGER,375", "MANAGER,1280", "AGENT,375", "AGENT,1280",
			"VIEWER,375", "VIEWER,1280", "ADMIN,1280", "ADMIN,375" })
	void everyPageShowsEachRoleTheApisRowsForThemWithChartsDrawnAndNoConsoleErrors(Role role, int width) {
		Long agent = (role == Role.AGENT) ? 1L : null;
		Long team = (role == Role.MANAGER) ? 10L : null;
		SummaryClient api = new SummaryClient(this.port, TestSignIn.bearer(this.context, this.port, role, agent, team),
				null);
		this.driver = Browsers.chromium(width);
		signIn(role, agent, team);
		for (String page : PAGES) {
			JsonNode expected = SummaryClient.json(api.get("/api/v1/dashboard/" + page + QUERY));
			open("/" + page + QUERY);
			for (JsonNode panel : expected.get("panels")) {
				WebElement section = this.driver.findElement(By.cssSelector("[data-panel=" + panel.get("id").asString() + "]"));
				assertThat(cells(section)).as(page + " " + panel.get("id")).isEqualTo(values(panel));
				if (!panel.get("chart").asString().equals("table") && !panel.get("rows").isEmpty()) {
					assertThat(section.findElements(By.cssSelector(".chart canvas"))).as(page + " chart "
							+ panel.get("id")).isNotEmpty();
				}
				if (role == Role.VIEWER) {
					assertThat(panel.get("columns").valueStream().map((c) -> c.get("key").asString()))
						.noneMatch((key) -> key.matches("(.*_)?(gci|commission|dollar|contact|client)"));
				}
			}
			assertThat(scrollWidth()).as(page + ": no sideways scrolling").isLessThanOrEqualTo(width);
		}
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "EXECUTIVE,375", "EXECUTIVE,1280", "MANAGER,375", "MANAGER,1280", "AGENT,375", "AGENT,1280",
			"VIEWER,375", "VIEWER,1280", "ADMIN,375", "ADMIN,1280" })
	void theSummaryShowsEachRoleItsOwnCardsWithNoConsoleErrors(Role role, int width) {
		Long agent = (role == Role.AGENT) ? 1L : null;
		Long team = (role == Role.MANAGER) ? 10L : null;
		SummaryClient api = new SummaryClient(this.port, TestSignIn.bearer(this.context, this.port, role, agent, team),
				null);
		JsonNode summary = SummaryClient.json(api.get("/api/v1/dashboard/summary" + QUERY));
		this.driver = Browsers.chromium(width);
		signIn(role, agent, team);
		this.driver.get("http://127.0.0.1:" + this.port + "/" + QUERY);

		List<String> shown = this.driver.findElements(By.cssSelector("[data-kpi]")).stream()
			.map((card) -> card.getAttribute("data-kpi")).toList();
		assertThat(shown).isEqualTo(summary.get("cards").valueStream().map((c) -> c.get("key").asString()).toList());
		assertThat(shown).hasSizeGreaterThanOrEqualTo(8);
		if (role == Role.VIEWER) {
			assertThat(shown).doesNotContain("gci");
		}
		assertThat(this.driver.findElements(By.cssSelector("[data-testid=pages] a"))).extracting(WebElement::getText)
			.containsExactly("Summary", "Pipeline", "Revenue", "Agents", "Funnel", "Market", "Reports");
		assertThat(scrollWidth()).isLessThanOrEqualTo(width);
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@Test
	void theLayoutEditorSavesTheOrderAndHiddenPartsForTheAccount() {
		this.driver = Browsers.chromium(375);
		signIn(Role.MANAGER, null, 10L);
		this.driver.get("http://127.0.0.1:" + this.port + "/" + QUERY);
		this.driver.findElement(By.cssSelector("[data-layout-open]")).click();
		WebElement dialog = this.driver.findElement(By.cssSelector("[data-testid=layout-dialog]"));
		WebElement leaderboard = dialog.findElement(By.cssSelector("li[data-widget-id=leaderboard]"));
		for (int i = 0; i < 5; i++) {
			leaderboard.findElement(By.cssSelector("button[data-move=up]")).click();
		}
		dialog.findElement(By.cssSelector("li[data-widget-id=alerts] input")).click();
		dialog.findElement(By.cssSelector("[data-layout-save]")).click();

		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> d.findElements(
				By.cssSelector("[data-widget]")).size() > 0 && d.findElements(By.cssSelector("[data-widget=alerts]")).isEmpty());
		List<String> widgets = this.driver.findElements(By.cssSelector("[data-widget]")).stream()
			.map((w) -> w.getAttribute("data-widget")).toList();
		assertThat(widgets.get(0)).isEqualTo("leaderboard");
		assertThat(widgets).doesNotContain("alerts");
		SummaryClient api = new SummaryClient(this.port,
				TestSignIn.bearer(this.context, this.port, Role.MANAGER, null, 10L), null);
		JsonNode layout = SummaryClient.json(api.get("/api/v1/config/dashboard"));
		assertThat(layout.get("widgets").get(0).get("id").asString()).isEqualTo("leaderboard");
		assertThat(layout.get("widgets").valueStream().filter((w) -> w.get("id").asString().equals("alerts"))
			.findFirst().orElseThrow().get("visible").asBoolean()).isFalse();
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@Test
	void aWebhookUpdatesTheOpenSummaryWithoutAReload() {
		this.driver = Browsers.chromium(1280);
		signIn(Role.EXECUTIVE, null, null);
		this.driver.get("http://127.0.0.1:" + this.port + "/" + QUERY);
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
		((JavascriptExecutor) this.driver).executeScript("window.__sameDocument = true;");
		String before = card("pipeline_value");

		String deal = """
				{"type": "OpportunityCreate", "locationId": "loc-denver", "id": "live-deal-2", "assignedTo": "u-alice",
				 "monetaryValue": 12345, "name": "Live summary deal", "status": "open",
				 "dateAdded": "2026-03-11T16:00:00.000Z"}""";
		assertThat(new WebhookSender(this.port).send(deal).statusCode()).isEqualTo(200);

		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> !card("pipeline_value").equals(before));
		assertThat(((JavascriptExecutor) this.driver).executeScript("return window.__sameDocument === true"))
			.as("updated without a reload").isEqualTo(true);
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=live]")).getText()).startsWith("Updated");
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@Test
	void aCriticalAlertBecomesANotificationForThoseWhoTurnedThemOn() {
		String period = "?from=2026-01-01&to=2026-01-05";
		SummaryClient api = new SummaryClient(this.port,
				TestSignIn.bearer(this.context, this.port, Role.EXECUTIVE, null, null), null);
		List<String> critical = SummaryClient.json(api.get("/api/v1/dashboard/summary" + period)).get("alerts")
			.valueStream().filter((alert) -> alert.get("severity").asString().equals("critical"))
			.map((alert) -> alert.get("message").asString()).toList();
		assertThat(critical).isNotEmpty();
		this.driver = Browsers.chromium(1280);
		((ChromeDriver) this.driver).executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
				List.of("notifications"), "origin", "http://127.0.0.1:" + this.port));
		signIn(Role.EXECUTIVE, null, null);
		this.driver.get("http://127.0.0.1:" + this.port + "/" + period);
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
		WebElement notify = this.driver.findElement(By.cssSelector("[data-notify]"));
		notify.click();
		assertThat(notify.getText()).isEqualTo("Alerts: on");

		String deal = """
				{"type": "OpportunityCreate", "locationId": "loc-denver", "id": "live-deal-3", "assignedTo": "u-ben",
				 "monetaryValue": 500, "name": "Alert deal", "status": "open",
				 "dateAdded": "2026-03-12T16:00:00.000Z"}""";
		assertThat(new WebhookSender(this.port).send(deal).statusCode()).isEqualTo(200);

		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((d) -> shownNotifications().containsAll(critical));
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> shownNotifications() {
		return (List<String>) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then((r) => r.getNotifications())
				  .then((shown) => done(shown.map((n) => n.body)), () => done([]));""");
	}

	private String card(String kpi) {
		return this.driver.findElement(By.cssSelector("[data-kpi=" + kpi + "] [data-testid=kpi-value]")).getText();
	}

	@Test
	void aChartsRowsButtonOpensTheDealsBehindItsPoint() {
		SummaryClient api = new SummaryClient(this.port,
				TestSignIn.bearer(this.context, this.port, Role.EXECUTIVE, null, null), null);
		JsonNode page = SummaryClient.json(api.get("/api/v1/dashboard/revenue" + QUERY));
		JsonNode byAgent = page.get("panels").valueStream().filter((p) -> p.get("id").asString().equals("by_agent"))
			.findFirst().orElseThrow();
		long firstAgent = byAgent.get("rows").get(0).get(1).asLong();
		JsonNode rows = SummaryClient.json(api.get("/api/v1/dashboard/rows/deals" + QUERY
				+ "&date=won&status=won&agent=" + firstAgent));
		assertThat(rows.get("total").asLong()).isPositive();

		this.driver = Browsers.chromium(1280);
		signIn(Role.EXECUTIVE, null, null);
		open("/revenue" + QUERY);
		WebElement section = this.driver.findElement(By.cssSelector("[data-panel=by_agent]"));
		section.findElement(By.cssSelector(".view-toggle")).click();
		section.findElement(By.cssSelector("button.drill[data-row='0']")).click();
		WebElement dialog = this.driver.findElement(By.cssSelector("[data-testid=drill-dialog]"));
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> dialog.findElements(
				By.cssSelector("tbody tr")).size() == rows.get("table").get("rows").size());
		assertThat(dialog.findElement(By.cssSelector(".drill-summary")).getText())
			.isEqualTo(rows.get("total").asLong() + (rows.get("total").asLong() == 1 ? " row." : " rows."));
		assertThat(dialog.getText()).contains(rows.get("table").get("rows").get(0).get(1).asString());
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	@Test
	void aWebhookThatAddsADealUpdatesTheOpenPageWithinSeconds() {
		this.driver = Browsers.chromium(1280);
		signIn(Role.EXECUTIVE, null, null);
		open("/revenue" + QUERY);
		BigDecimal before = openPipeline();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "connected".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));

		String deal = """
				{"type": "OpportunityCreate", "locationId": "loc-denver", "id": "live-deal-1", "assignedTo": "u-alice",
				 "monetaryValue": 77777, "name": "Live update deal", "status": "open",
				 "dateAdded": "2026-03-10T16:00:00.000Z"}""";
		assertThat(new WebhookSender(this.port).send(deal).statusCode()).isEqualTo(200);

		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((d) -> openPipeline().compareTo(before.add(new BigDecimal("77777"))) == 0);
		assertThat(this.driver.findElement(By.cssSelector("[data-testid=live]")).getText()).startsWith("Updated");
		assertThat(Browsers.severeConsoleEntries(this.driver)).isEmpty();
	}

	private BigDecimal openPipeline() {
		WebElement cell = this.driver.findElement(By.cssSelector("[data-panel=pipeline_value] tbody tr:nth-child(2) td:nth-child(2)"));
		return new BigDecimal(cell.getAttribute("data-value"));
	}

	private void signIn(Role role, Long agent, Long team) {
		Browsers.signIn(this.driver, this.port, TestSignIn.ensureAccount(this.context, role, agent, team));
	}

	// The page is drawn once its script has fetched the API and drawn every chart.
	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(
				(d) -> d.findElement(By.cssSelector("main")).getAttribute("data-drawn") != null);
	}

	private static List<List<String>> cells(WebElement section) {
		return section.findElements(By.cssSelector("table.data tbody tr")).stream()
			.map((row) -> row.findElements(By.cssSelector("td:not(.drill-col)")).stream()
				.map((cell) -> plain(Objects.toString(cell.getAttribute("data-value"), "")))
				.toList())
			.toList();
	}

	// The API's values as the page's cells carry them: numbers plain, null empty.
	private static List<List<String>> values(JsonNode panel) {
		return panel.get("rows").valueStream()
			.map((row) -> row.valueStream().map((value) -> value.isNull() ? ""
					: value.isNumber() ? plain(value.decimalValue().toPlainString()) : value.asString()).toList())
			.toList();
	}

	// 1234.50 and 1234.5 are the same figure.
	private static String plain(String value) {
		try {
			return new BigDecimal(value).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.scrollWidth");
	}

}
