package io.keystonebi.api.reports;

import java.util.ArrayList;
import java.util.List;

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

import io.keystonebi.api.dashboard.FixtureClock;
import io.keystonebi.api.security.Role;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code GET /api/v1/reports/filter-values} over HTTP: the names of what a block can be filtered by, sorted by
 * name, within the caller's scope; the expected lists are read off the fixture by hand ({@code names.sql}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FixtureClock.class)
@Sql(scripts = { FixtureClock.FIXTURE, ReportsClient.TEAM_FIXTURE, FilterValuesIntegrationTests.NAMES },
		executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class FilterValuesIntegrationTests {

	static final String NAMES = "/io/keystonebi/api/reports/FilterValuesIntegrationTests/names.sql";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void anExecutiveChoosesAmongEveryAgentTeamAndOfficeByName() {
		ReportsClient executive = ReportsClient.as(this.context, this.port, Role.EXECUTIVE, null, null);

		assertThat(values(executive, "agent")).containsExactly(tuple("1", "Alice Moreno"), tuple("2", "Ben Okafor"),
				tuple("3", "Carla Singh"), tuple("4", "Dan Whitfield"), tuple("6", "Emma Hale"),
				tuple("7", "Finn Cole"), tuple("5", "Office Admin"));
		assertThat(values(executive, "team")).containsExactly(tuple("1", "East"), tuple("2", "North"));
		assertThat(values(executive, "office")).containsExactly(tuple("1", "Central"), tuple("2", "West"));
		assertThat(values(executive, "stage")).containsExactly(tuple("2", "Engaging"), tuple("4", "Lost"),
				tuple("1", "Prospecting"), tuple("3", "Won"));
		assertThat(values(executive, "property_type")).containsExactly(tuple("1", "Condo"));
		assertThat(values(executive, "source")).containsExactly(tuple("(none)", "(none)"),
				tuple("Open house", "Open house"), tuple("Referral", "Referral"), tuple("Zillow", "Zillow"));
	}

	@Test
	void aManagerChoosesAmongTheirTeamsAgentsAndWhatTheirAgentsHold() {
		ReportsClient manager = ReportsClient.as(this.context, this.port, Role.MANAGER, null, ReportsClient.TEAM);

		assertThat(values(manager, "agent")).containsExactly(tuple("1", "Alice Moreno"), tuple("2", "Ben Okafor"));
		assertThat(values(manager, "team")).containsExactly(tuple("1", "East"));
		assertThat(values(manager, "office")).containsExactly(tuple("1", "Central"));
		assertThat(values(manager, "source")).containsExactly(tuple("(none)", "(none)"), tuple("Zillow", "Zillow"));
		assertThat(values(manager, "zipcode")).contains(tuple("80202", "80202")).doesNotContain(tuple("80301",
				"80301"));
	}

	@Test
	void anAgentChoosesOnlyThemselvesAndWhatTheyHold() {
		ReportsClient carla = ReportsClient.as(this.context, this.port, Role.AGENT, 3L, null);

		assertThat(values(carla, "agent")).containsExactly(tuple("3", "Carla Singh"));
		assertThat(values(carla, "team")).containsExactly(tuple("2", "North"));
		assertThat(values(carla, "office")).containsExactly(tuple("2", "West"));
		assertThat(values(carla, "source")).containsExactly(tuple("(none)", "(none)"),
				tuple("Open house", "Open house"), tuple("Referral", "Referral"));
		assertThat(values(carla, "zipcode")).contains(tuple("80301", "80301")).doesNotContain(tuple("80202",
				"80202"));
	}

	@Test
	void anUnknownDimensionOrAPeriodIsRefusedNamingIt() {
		ReportsClient executive = ReportsClient.as(this.context, this.port, Role.EXECUTIVE, null, null);

		JsonNode unknown = ReportsClient.json(executive.get("/api/v1/reports/filter-values?dimension=planet"), 400);
		JsonNode period = ReportsClient.json(executive.get("/api/v1/reports/filter-values?dimension=month"), 400);

		assertThat(unknown.path("parameter").asString()).isEqualTo("dimension");
		assertThat(unknown.path("detail").asString()).contains("'planet'");
		assertThat(period.path("parameter").asString()).isEqualTo("dimension");
		assertThat(period.path("detail").asString()).contains("'month'").contains("period");
	}

	private static List<org.assertj.core.groups.Tuple> values(ReportsClient client, String dimension) {
		JsonNode answer = ReportsClient.json(client.get("/api/v1/reports/filter-values?dimension=" + dimension), 200);
		List<org.assertj.core.groups.Tuple> values = new ArrayList<>();
		answer.forEach((value) -> values.add(tuple(value.path("value").asString(), value.path("label").asString())));
		return values;
	}

}
