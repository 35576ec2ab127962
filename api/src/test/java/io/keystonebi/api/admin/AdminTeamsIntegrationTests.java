package io.keystonebi.api.admin;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import io.keystonebi.api.audit.AuditEvent;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.admin.AdminClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team administration API: every id checked (unknown, or of another location), names unique per location,
 * and a membership change reaching a manager's figures at their next request. In the dashboard fixture, users
 * 1-5 belong to location 1 (Front Range Realty) and 6-7 to location 2 (Harbour Homes).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = "/io/keystonebi/api/dashboard/fixture.sql", executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@Sql(scripts = "/io/keystonebi/api/admin/reset.sql", executionPhase = ExecutionPhase.AFTER_TEST_CLASS)
class AdminTeamsIntegrationTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 3, 15);

	private static int sequence;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private AdminClient admin;

	private RecordedAuditEvents audit;

	@BeforeEach
	void signIn() {
		this.admin = new AdminClient(this.port, TestSignIn.admin(this.context, this.port));
		this.audit = RecordedAuditEvents.start(this.context);
	}

	@AfterEach
	void stopRecording() {
		this.audit.close();
	}

	@Test
	void aNewTeamHasItsManagerAndMembersAndThePickerShowsThemInIt() {
		String name = unique("North");
		JsonNode team = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + name
				+ "\",\"manager_user_id\":5,\"member_ids\":[2,1]}"), 201);
		assertThat(team.propertyNames()).containsExactlyInAnyOrder("id", "location_id", "location_name", "name",
				"manager_user_id", "manager_name", "members");
		assertThat(team.get("name").asString()).isEqualTo(name);
		assertThat(team.get("location_name").asString()).isEqualTo("Front Range Realty");
		assertThat(team.get("manager_name").asString()).isEqualTo("Office Admin");
		assertThat(team.get("members").findValuesAsString("name")).containsExactly("Alice Moreno", "Ben Okafor");
		JsonNode agents = expect(this.admin.get("/api/v1/admin/agents"), 200);
		assertThat(agents).hasSize(7);
		for (JsonNode agent : agents) {
			long id = agent.get("id").asLong();
			if (id == 1 || id == 2) {
				assertThat(agent.get("team_name").asString()).isEqualTo(name);
			}
		}
		AuditEvent event = this.audit.withAction("team.create").get(0);
		assertThat(event.resource()).isEqualTo("team:" + team.get("id").asLong());
		assertThat(event.detail()).containsEntry("member_ids", List.of(1L, 2L)).containsEntry("manager_user_id", 5L);
	}

	@Test
	void aMembershipChangeChangesTheManagersFiguresAtTheirNextRequest() {
		long team = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + unique("Scope")
				+ "\",\"member_ids\":[1,2]}"), 201).get("id").asLong();
		String username = unique("manager").replace(' ', '-');
		expect(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + username + "\",\"display_name\":\"Mona\","
				+ "\"role\":\"manager\",\"team_id\":" + team + ",\"password\":\"Tidal-orchard-4417\"}"), 201);
		AdminClient manager = new AdminClient(this.port,
				"Bearer " + TestSignIn.token(this.port, username, "Tidal-orchard-4417").get("access_token").asString());
		BigDecimal before = revenue(manager);
		assertThat(before).isEqualByComparingTo(expectedRevenue(team)).isPositive();
		expect(this.admin.put("/api/v1/admin/teams/" + team, "{\"name\":\"Scope wider\",\"member_ids\":[1,2,3]}"), 200);
		BigDecimal after = revenue(manager);
		assertThat(after).isEqualByComparingTo(expectedRevenue(team)).isGreaterThan(before);
		AuditEvent event = this.audit.withAction("team.update").get(0);
		assertThat(event.detail()).containsEntry("members_added", List.of(3L))
			.containsEntry("members_removed", List.of()).containsEntry("name", "Scope wider");
	}

	@Test
	void anAgentTickedForAnotherTeamMovesToIt() {
		long south = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + unique("South")
				+ "\",\"member_ids\":[3,4]}"), 201).get("id").asLong();
		long east = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + unique("East")
				+ "\",\"member_ids\":[]}"), 201).get("id").asLong();
		JsonNode moved = expect(this.admin.put("/api/v1/admin/teams/" + east, "{\"name\":\"East\",\"manager_user_id\":4,"
				+ "\"member_ids\":[4]}"), 200);
		assertThat(moved.get("members").findValuesAsString("name")).containsExactly("Dan Whitfield");
		assertThat(expect(this.admin.get("/api/v1/admin/teams/" + south), 200).get("members").findValuesAsString("name"))
			.containsExactly("Carla Singh");
	}

	@Test
	void everyIdIsCheckedAndTheFirstBadOneIsNamedWithItsField() {
		long team = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + unique("Checked")
				+ "\",\"member_ids\":[1]}"), 201).get("id").asLong();
		int changes = this.audit.all().size();
		assertInvalid(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"X\",\"member_ids\":[1,999]}"),
				"member_ids", "999");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team, "{\"name\":\"X\",\"member_ids\":[1,6]}"),
				"member_ids", "6");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team, "{\"name\":\"X\",\"member_ids\":[2,2]}"),
				"member_ids", "2");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team,
				"{\"name\":\"X\",\"manager_user_id\":7,\"member_ids\":[]}"), "manager_user_id", "7");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team,
				"{\"name\":\"X\",\"manager_user_id\":4242,\"member_ids\":[]}"), "manager_user_id", "4242");
		assertInvalid(this.admin.post("/api/v1/admin/teams", "{\"location_id\":77,\"name\":\"X\",\"member_ids\":[]}"),
				"location_id", "77");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team, "{\"name\":\" \",\"member_ids\":[]}"), "name", "name");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team, "{\"name\":\"X\"}"), "member_ids", "member_ids");
		HttpResponse<String> notANumber = this.admin.put("/api/v1/admin/teams/" + team,
				"{\"name\":\"X\",\"member_ids\":[\"one\"]}");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(AdminClient.JSON.readTree(notANumber.body()).get("field").asString()).startsWith("member_ids");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team,
				"{\"name\":\"X\",\"location_id\":2,\"member_ids\":[]}"), "location_id", "location_id");
		assertInvalid(this.admin.put("/api/v1/admin/teams/" + team, "{\"id\":5,\"name\":\"X\",\"member_ids\":[]}"),
				"id", "id");
		// Nothing was changed by any of them.
		JsonNode unchanged = expect(this.admin.get("/api/v1/admin/teams/" + team), 200);
		assertThat(unchanged.get("members").findValuesAsString("name")).containsExactly("Alice Moreno");
		assertThat(unchanged.get("location_id").asLong()).isEqualTo(1);
		assertThat(this.audit.all()).hasSize(changes);
	}

	@Test
	void aNameTakenInTheLocationIs409AndAnUnknownTeamIs404() {
		String name = unique("Taken");
		expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + name + "\",\"member_ids\":[]}"), 201);
		long other = expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + unique("Other")
				+ "\",\"member_ids\":[]}"), 201).get("id").asLong();
		assertThat(this.admin.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"" + name
				+ "\",\"member_ids\":[]}").statusCode()).isEqualTo(409);
		assertThat(this.admin.put("/api/v1/admin/teams/" + other, "{\"name\":\"" + name
				+ "\",\"member_ids\":[]}").statusCode()).isEqualTo(409);
		// The same name in another location is another team.
		expect(this.admin.post("/api/v1/admin/teams", "{\"location_id\":2,\"name\":\"" + name + "\",\"member_ids\":[6]}"), 201);
		assertThat(this.admin.put("/api/v1/admin/teams/999999", "{\"name\":\"X\",\"member_ids\":[]}").statusCode())
			.isEqualTo(404);
	}

	private BigDecimal revenue(AdminClient manager) {
		return expect(manager.get("/api/v1/dashboard/summary?from=" + FIRST + "&to=" + LAST), 200).get("summary")
			.get("total_revenue").decimalValue();
	}

	private BigDecimal expectedRevenue(long team) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(ClasspathSqlLocator.create()
			.getResource("io/keystonebi/api/admin/AdminTeamsIntegrationTests/team_revenue.sql"))
			.bind("teamId", team).bind("first", FIRST).bind("last", LAST)
			.mapTo(BigDecimal.class).one());
	}

	private static void assertInvalid(HttpResponse<String> response, String field, String named) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = AdminClient.JSON.readTree(response.body());
		assertThat(problem.get("field").asString()).as(response.body()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).as(response.body()).contains(named);
	}

	private static synchronized String unique(String prefix) {
		return prefix + " " + (++sequence) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

}
