package io.keystonebi.api.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each account's own dashboard layout: saved and read back, checked, and honoured by the page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@Sql(scripts = "/io/keystonebi/api/admin/reset.sql", executionPhase = ExecutionPhase.AFTER_TEST_CLASS)
class DashboardLayoutIntegrationTests {

	private static final String PATH = "/api/v1/config/dashboard";

	private static final List<String> ALL = List.of("kpi_cards", "pipeline_health", "revenue_to_date", "alerts",
			"leaderboard", "notes");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void withoutASavedLayoutEveryWidgetIsShownInItsUsualOrderOverThirtyDays() {
		JsonNode layout = json(send("GET", PATH, null, bearer(Role.EXECUTIVE)), 200);
		assertThat(layout.propertyNames()).containsExactlyInAnyOrder("widgets", "range", "compare");
		assertThat(layout.get("widgets").findValuesAsString("id")).isEqualTo(ALL);
		assertThat(layout.get("widgets").findValues("visible")).allSatisfy((v) -> assertThat(v.asBoolean()).isTrue());
		assertThat(layout.get("range").asString()).isEqualTo("30d");
		assertThat(layout.get("compare").asString()).isEqualTo("previous");
	}

	@Test
	void aSavedLayoutComesBackWithTheWidgetsItLeftOutShownAfterTheRestAndOnlyForItsOwner() {
		String viewer = bearer(Role.VIEWER);
		JsonNode saved = json(send("PUT", PATH, "{\"widgets\":[{\"id\":\"leaderboard\",\"visible\":true},"
				+ "{\"id\":\"kpi_cards\",\"visible\":false}],\"range\":\"mtd\",\"compare\":\"last_year\"}", viewer), 200);
		assertThat(saved.get("widgets").findValuesAsString("id"))
			.containsExactly("leaderboard", "kpi_cards", "pipeline_health", "revenue_to_date", "alerts", "notes");
		assertThat(saved.get("widgets").findValues("visible").stream().map(JsonNode::asBoolean).toList())
			.containsExactly(true, false, true, true, true, true);
		assertThat(saved.get("range").asString()).isEqualTo("mtd");
		assertThat(saved.get("compare").asString()).isEqualTo("last_year");
		assertThat(json(send("GET", PATH, null, viewer), 200)).isEqualTo(saved);
		// Someone else's layout is untouched.
		assertThat(json(send("GET", PATH, null, TestSignIn.bearer(this.context, this.port, Role.AGENT, 1L, null)), 200)
			.get("widgets").findValuesAsString("id")).isEqualTo(ALL);
	}

	@Test
	void badLayoutsAreRefusedWith400NamingTheField() {
		String agent = TestSignIn.bearer(this.context, this.port, Role.AGENT, 2L, null);
		assertField(send("PUT", PATH, "{\"widgets\":[{\"id\":\"kpi_cards\",\"visible\":true},{\"id\":\"pie_chart\","
				+ "\"visible\":true}]}", agent), "widgets[1].id", "pie_chart");
		assertField(send("PUT", PATH, "{\"widgets\":[{\"id\":\"alerts\",\"visible\":true},{\"id\":\"alerts\","
				+ "\"visible\":false}]}", agent), "widgets[1].id", "alerts");
		assertField(send("PUT", PATH, "{\"widgets\":[],\"range\":\"2w\"}", agent), "range", "2w");
		assertField(send("PUT", PATH, "{\"widgets\":[],\"compare\":\"yesterday\"}", agent), "compare", "yesterday");
		assertField(send("PUT", PATH, "{\"range\":\"7d\"}", agent), "widgets", "widgets");
		assertField(send("PUT", PATH, "{\"widgets\":[{\"id\":\"alerts\"}]}", agent), "widgets[0].visible", "visible");
		assertField(send("PUT", PATH, "{\"widgets\":[],\"account_id\":1}", agent), "account_id", "account_id");
		assertThat(json(send("GET", PATH, null, agent), 200).get("widgets").findValuesAsString("id")).isEqualTo(ALL);
		assertThat(send("GET", PATH, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void thePageLeavesOutHiddenWidgetsKeepsTheOrderAndOpensOnTheSavedRange() {
		String bearer = bearer(Role.EXECUTIVE);
		String session = TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null);
		json(send("PUT", PATH, "{\"widgets\":[{\"id\":\"revenue_to_date\",\"visible\":true},{\"id\":\"kpi_cards\","
				+ "\"visible\":true},{\"id\":\"leaderboard\",\"visible\":false},{\"id\":\"alerts\",\"visible\":false}],"
				+ "\"range\":\"ytd\",\"compare\":\"last_year\"}", bearer), 200);
		String page = page("/", session);
		assertThat(page).doesNotContain("Top agents by revenue", "data-widget=\"leaderboard\"", "data-widget=\"alerts\"");
		assertThat(page.indexOf("data-widget=\"revenue_to_date\"")).isPositive()
			.isLessThan(page.indexOf("data-widget=\"kpi_cards\""));
		assertThat(currentPreset(page)).isEqualTo("YTD");
		assertThat(page).contains("vs same period last year");
		// A period in the address wins over the saved one.
		assertThat(currentPreset(page("/?range=7d", session))).isEqualTo("7D");
		json(send("PUT", PATH, "{\"widgets\":[]}", bearer), 200);
		String restored = page("/?from=2026-03-01&to=2026-03-15", session);
		assertThat(restored).contains("Top agents by revenue", "data-widget=\"alerts\"");
		assertThat(restored.indexOf("data-widget=\"kpi_cards\"")).isLessThan(restored.indexOf("data-widget=\"revenue_to_date\""));
	}

	// The preset links come after the navigation between pages, whose current page is marked the same way.
	private static String currentPreset(String page) {
		java.util.regex.Matcher current = java.util.regex.Pattern
			.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]+)</a>").matcher(page);
		return current.find(page.indexOf("class=\"presets\"")) ? current.group(1) : null;
	}

	private String bearer(Role role) {
		return TestSignIn.bearer(this.context, this.port, role, null, null);
	}

	private String page(String path, String session) {
		HttpResponse<String> response = exchange(HttpRequest.newBuilder(uri(path)).header("Cookie", session).build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String method, String path, String json, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.method(method, (json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return exchange(request.build());
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return SummaryClient.parse(response.body());
	}

	private static void assertField(HttpResponse<String> response, String field, String named) {
		JsonNode problem = json(response, 400);
		assertThat(problem.get("field").asString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).contains(named);
	}

}
