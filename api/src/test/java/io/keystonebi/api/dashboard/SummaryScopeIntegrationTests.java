package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary as each role sees it: an agent their own book, a manager their team's, an executive everything. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, "/io/keystonebi/api/dashboard/SummaryScopeIntegrationTests/scope.sql" },
		executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class SummaryScopeIntegrationTests {

	private static final String QUERY = "from=2026-03-01&to=2026-03-15";

	private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 3, 15);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private SummaryClient executive;

	@BeforeEach
	void signIn() {
		this.executive = SummaryClient.executive(this.context, this.port);
	}

	@Test
	void anAgentSeesOnlyTheirOwnDealsLeadsAndPlaceOnTheLeaderboard() {
		JsonNode body = as(Role.AGENT, 1L, null).summary(QUERY);
		assertTotals(body, 1L);
		assertThat(body.get("top_agents")).allSatisfy((agent) -> assertThat(agent.get("name").asString())
			.isEqualTo("Alice Moreno"));
	}

	@Test
	void aManagerSeesTheirTeamsFiguresAndOnlyItsAgents() {
		JsonNode body = as(Role.MANAGER, null, 10L).summary(QUERY);
		assertTotals(body, 1L, 2L);
		assertThat(body.get("top_agents")).allSatisfy((agent) -> assertThat(agent.get("name").asString())
			.isIn("Alice Moreno", "Ben Okafor"));
	}

	@Test
	void theTeamAndAgentFiguresDifferFromTheBrokeragesSoTheFilterIsReallyApplied() {
		BigDecimal all = this.executive.summary(QUERY).get("summary").get("total_revenue").decimalValue();
		BigDecimal team = as(Role.MANAGER, null, 10L).summary(QUERY).get("summary").get("total_revenue").decimalValue();
		BigDecimal agent = as(Role.AGENT, 1L, null).summary(QUERY).get("summary").get("total_revenue").decimalValue();
		assertThat(all).isGreaterThan(team);
		assertThat(team).isGreaterThanOrEqualTo(agent);
		assertThat(agent).isPositive();
	}

	@Test
	void aViewerSeesTheWholeBrokerageButNoAdministration() {
		SummaryClient viewer = as(Role.VIEWER, null, null);
		assertThat(viewer.summary(QUERY).get("summary"))
			.isEqualTo(this.executive.summary(QUERY).get("summary"));
		assertThat(viewer.get("/api/v1/admin/webhooks/failures").statusCode()).isEqualTo(403);
		assertThat(as(Role.AGENT, 1L, null).get("/api/v1/admin/webhooks/failures").statusCode()).isEqualTo(403);
	}

	@Test
	void theDashboardPageShowsTheAgentTheirOwnRevenue() {
		SummaryClient agent = as(Role.AGENT, 1L, null);
		String page = agent.get("/?" + QUERY).body();
		BigDecimal revenue = agent.summary(QUERY).get("summary").get("total_revenue").decimalValue();
		assertThat(page).contains(String.format(java.util.Locale.US, "$%,.0f", revenue));
		assertThat(page).contains("Showing: <strong>Your own leads and deals</strong>");
		assertThat(as(Role.MANAGER, null, 10L).get("/?" + QUERY).body())
			.contains("Showing: <strong>Team North (2 agents)</strong>");
	}

	private SummaryClient as(Role role, Long agent, Long team) {
		return new SummaryClient(this.port, TestSignIn.bearer(this.context, this.port, role, agent, team),
				TestSignIn.session(this.context, this.port, role, agent, team));
	}

	private void assertTotals(JsonNode body, Long... users) {
		Map<String, Object> expected = this.jdbi.withHandle((handle) -> handle
			.createQuery(ClasspathSqlLocator.create().getResource(
					"io/keystonebi/api/dashboard/SummaryScopeIntegrationTests/expected.sql"))
			.bind("first", FIRST).bind("last", LAST).bind("users", users)
			.mapToMap().one());
		assertThat(body.get("summary").get("total_revenue").decimalValue())
			.isEqualByComparingTo((BigDecimal) expected.get("revenue"));
		assertThat(body.get("summary").get("total_leads").asLong()).isEqualTo((Long) expected.get("leads"));
	}

}
