package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class SummaryIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private SummaryClient client;

	@BeforeEach
	void client() {
		this.client = SummaryClient.executive(this.context, this.port);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
		"from=2026-03-01&to=2026-03-15,                 2026-03-01, 2026-03-15, 2026-02-14, 2026-02-28",
		"from=2026-03-01&to=2026-03-01&compare=previous, 2026-03-01, 2026-03-01, 2026-02-28, 2026-02-28",
		"from=2026-03-16&to=2026-03-16,                 2026-03-16, 2026-03-16, 2026-03-15, 2026-03-15",
		"range=30d,                                     2026-02-19, 2026-03-20, 2026-01-20, 2026-02-18",
		"range=7d,                                      2026-03-14, 2026-03-20, 2026-03-07, 2026-03-13",
		"range=today,                                   2026-03-20, 2026-03-20, 2026-03-19, 2026-03-19",
		"range=mtd,                                     2026-03-01, 2026-03-20, 2026-02-09, 2026-02-28",
		"range=ytd&compare=last_year,                   2026-01-01, 2026-03-20, 2025-01-01, 2025-03-20",
		"'',                                            2026-02-19, 2026-03-20, 2026-01-20, 2026-02-18" })
	void everyFigureMatchesIndependentSqlForThePeriodAndItsComparison(String query, LocalDate first, LocalDate last,
			LocalDate baseFirst, LocalDate baseLast) {
		JsonNode body = this.client.summary(query);
		assertThat(body.get("period").get("from").asString()).isEqualTo(first.toString());
		assertThat(body.get("period").get("to").asString()).isEqualTo(last.toString());
		assertThat(body.get("comparison").get("from").asString()).isEqualTo(baseFirst.toString());
		assertThat(body.get("comparison").get("to").asString()).isEqualTo(baseLast.toString());
		Map<String, Object> expected = this.jdbi.withHandle(h -> h.createQuery(sql("expected_totals"))
			.bind("first", first).bind("last", last).bind("base_first", baseFirst).bind("base_last", baseLast)
			.mapToMap().one());
		JsonNode summary = body.get("summary");
		assertNumber(summary, "total_revenue", expected.get("revenue"));
		assertNumber(summary, "total_leads", expected.get("leads"));
		assertNumber(summary, "conversion_rate", expected.get("conversion_rate"));
		assertNumber(summary, "pipeline_value", expected.get("pipeline"));
		assertNumber(summary, "revenue_change", expected.get("revenue_change"));
		assertNumber(summary, "lead_change", expected.get("lead_change"));
		assertNumber(summary, "conversion_change", expected.get("conversion_change"));
		assertNumber(summary, "pipeline_change", expected.get("pipeline_change"));
		assertThat(agents(body)).isEqualTo(expectedAgents(first, last));
		assertRevenueToDateAndFreshness(body);
	}

	@Test
	void aHalfMonthAroundLocalMidnightsHasTheHandWorkedFigures() {
		// Denver midnight is 07:00Z on 1 March (MST) and 06:00Z on 16 March (MDT); London's is 00:00Z.
		JsonNode body = this.client.summary("from=2026-03-01&to=2026-03-15");
		JsonNode summary = body.get("summary");
		assertNumber(summary, "total_revenue", "232000.00");
		assertNumber(summary, "revenue_change", "90.2");
		assertNumber(summary, "total_leads", 6);
		assertNumber(summary, "lead_change", "50.0");
		assertNumber(summary, "conversion_rate", "66.7");
		assertNumber(summary, "conversion_change", "-11.1");
		assertNumber(summary, "pipeline_value", "385000.00");
		assertNumber(summary, "pipeline_change", "-27.1");
		assertThat(agents(body)).containsExactly("1 Alice Moreno 100000.00", "2 Carla Singh 75000.00",
				"3 Emma Hale 39000.00", "4 Finn Cole 18000.00");
		assertThat(body.get("alerts").findValuesAsString("kpi")).containsExactly("conversion_rate", "pipeline_value");
		assertThat(body.get("alerts").get(0).get("message").asString()).contains("8.3 points", "66.7%", "75.0%");
		assertNumber(body.get("revenue_to_date"), "mtd", "343000.00");
		assertNumber(body.get("revenue_to_date"), "ytd", "530000.00");
		assertThat(body.get("data_as_of").asString()).isEqualTo("2026-03-20T09:00:00Z");
		assertThat(body.get("notes")).isEmpty();
	}

	@Test
	void theLeaderboardKeepsTheTopFiveWithTiesSharingARank() {
		JsonNode body = this.client.summary("range=30d");
		assertThat(agents(body)).containsExactly("1 Alice Moreno 140000.00", "2 Carla Singh 75000.00",
				"3 Dan Whitfield 55000.00", "3 Emma Hale 55000.00", "5 Ben Okafor 50000.00");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
		"range=mtd&compare=target,                      2026-03-01, 2026-03-20",
		"from=2026-03-01&to=2026-03-15&compare=target,  2026-03-01, 2026-03-15",
		"from=2026-01-15&to=2026-02-14&compare=target,  2026-01-15, 2026-02-14",
		"from=2026-02-01&to=2026-02-28&compare=target,  2026-02-01, 2026-02-28",
		"from=2026-03-01&to=2026-04-10&compare=target,  2026-03-01, 2026-04-10" })
	void againstTargetRevenueIsComparedWithProratedMonthlyTargetsAndTheOtherChangesAreNull(String query,
			LocalDate first, LocalDate last) {
		JsonNode body = this.client.summary(query);
		Map<String, Object> expected = this.jdbi.withHandle(h -> h.createQuery(sql("expected_target"))
			.bind("first", first).bind("last", last).mapToMap().one());
		assertThat(body.get("comparison").get("kind").asString()).isEqualTo("target");
		assertNumber(body.get("comparison"), "target_revenue", expected.get("target"));
		assertNumber(body.get("summary"), "total_revenue", expected.get("revenue"));
		assertNumber(body.get("summary"), "revenue_change", expected.get("revenue_change"));
		for (String change : List.of("lead_change", "conversion_change", "pipeline_change")) {
			assertThat(body.get("summary").get(change).isNull()).as(change).isTrue();
		}
		assertThat(notes(body)).anyMatch(note -> note.contains("revenue only"));
	}

	@Test
	void targetsProrateByDaysAsWorkedByHand() {
		// March targets sum to 139,500.00: 15/31 of it is 67,500.00, 20/31 is 90,000.00.
		JsonNode half = this.client.summary("from=2026-03-01&to=2026-03-15&compare=target");
		assertNumber(half.get("comparison"), "target_revenue", "67500.00");
		assertNumber(half.get("summary"), "revenue_change", "243.7");
		JsonNode mtd = this.client.summary("range=mtd&compare=target");
		assertNumber(mtd.get("comparison"), "target_revenue", "90000.00");
		JsonNode withApril = this.client.summary("from=2026-03-01&to=2026-04-10&compare=target");
		assertThat(notes(withApril)).anyMatch(note -> note.contains("2026-04"));
	}

	@Test
	void withoutAnyTargetTheChangesAreNullAndTheResponseSaysSo() {
		JsonNode body = this.client.summary("from=2025-06-01&to=2025-06-30&compare=target");
		assertThat(body.get("comparison").get("target_revenue").isNull()).isTrue();
		for (String change : List.of("revenue_change", "lead_change", "conversion_change", "pipeline_change")) {
			assertThat(body.get("summary").get(change).isNull()).as(change).isTrue();
		}
		assertThat(notes(body)).anyMatch(note -> note.contains("No revenue targets exist for this period"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
		"from=2026-02-30&to=2026-03-01,          from,    2026-02-30",
		"from=2026-03-01&to=tomorrow,            to,      tomorrow",
		"from=2026-03-10&to=2026-03-01,          from,    2026-03-10",
		"compare=budget,                         compare, budget",
		"range=week,                             range,   week",
		"from=2020-01-01&to=2026-01-01,          to,      2026-01-01",
		"range=7d&from=2026-03-01&to=2026-03-02, range,   7d",
		"from=2026-03-01,                        to,      ''" })
	void badParametersGetAProblemNamingTheParameterAndValue(String query, String parameter, String value) {
		HttpResponse<String> response = this.client.get("/api/v1/dashboard/summary?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = SummaryClient.parse(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains("'" + parameter + "'", "'" + value + "'");
		assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.");
	}

	private void assertRevenueToDateAndFreshness(JsonNode body) {
		Map<String, Object> toDate = this.jdbi.withHandle(h -> h.createQuery(sql("expected_revenue_to_date"))
			.bind("today", TODAY).mapToMap().one());
		assertNumber(body.get("revenue_to_date"), "mtd", toDate.get("mtd"));
		assertNumber(body.get("revenue_to_date"), "qtd", toDate.get("qtd"));
		assertNumber(body.get("revenue_to_date"), "ytd", toDate.get("ytd"));
		Instant dataAsOf = this.jdbi.withHandle(h -> h.createQuery(sql("expected_data_as_of")).mapTo(Instant.class).one());
		assertThat(Instant.parse(body.get("data_as_of").asString())).isEqualTo(dataAsOf);
	}

	private List<String> expectedAgents(LocalDate first, LocalDate last) {
		return this.jdbi.withHandle(h -> h.createQuery(sql("expected_top_agents")).bind("first", first)
			.bind("last", last).bind("limit", 5)
			.map((rs, ctx) -> rs.getInt("rank") + " " + rs.getString("name") + " " + rs.getBigDecimal("revenue"))
			.list());
	}

	private static List<String> agents(JsonNode body) {
		List<String> agents = new ArrayList<>();
		for (JsonNode agent : body.get("top_agents")) {
			agents.add(agent.get("rank").asInt() + " " + agent.get("name").asString() + " "
					+ agent.get("revenue").decimalValue().setScale(2));
		}
		return agents;
	}

	private static List<String> notes(JsonNode body) {
		List<String> notes = new ArrayList<>();
		body.get("notes").forEach(note -> notes.add(note.asString()));
		return notes;
	}

	private static void assertNumber(JsonNode parent, String field, Object expected) {
		JsonNode node = parent.get(field);
		assertThat(node).as(field + " present").isNotNull();
		if (expected == null) {
			assertThat(node.isNull()).as(field + " is null, not " + node).isTrue();
			return;
		}
		assertThat(node.isNumber()).as(field + " is a number, not " + node).isTrue();
		assertThat(node.decimalValue()).as(field).isEqualByComparingTo(new BigDecimal(expected.toString()));
	}

	private static String sql(String name) {
		return SQL.locate(SummaryIntegrationTests.class, name);
	}

}
