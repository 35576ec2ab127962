package io.keystonebi.api.schedules;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
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

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.schedules.ScheduleFixtures.account;
import static io.keystonebi.api.schedules.ScheduleFixtures.body;
import static io.keystonebi.api.schedules.ScheduleFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule and delivery API: who may schedule what to whom, whose schedules each role sees, bad values
 * refused by name, pause and resume, and the administrators' delivery log with "send again".
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = ScheduleFixtures.ACCOUNTS, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
class SchedulesApiIntegrationTests {

	private static final String TEMPLATE = "\"template\": \"weekly_performance\"";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private ScheduleFixtures fixtures;

	private String admin;

	@BeforeEach
	void signIn() {
		this.fixtures = new ScheduleFixtures(this.jdbi, this.port);
		this.admin = TestSignIn.admin(this.context, this.port);
	}

	@Test
	void anAdministratorSchedulesATemplateToAnyAccountAndItIsSavedAsTheirDefinition() {
		HttpResponse<String> created = post(this.admin, body("Erin's Monday pack", TEMPLATE, account(9001)));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode schedule = json(created);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/reports/schedules/"
				+ schedule.get("id").asLong());
		assertThat(schedule.get("recurrence_text").asString()).isEqualTo("Every Monday at 07:00 America/New_York");
		assertThat(schedule.get("next_run_at").isNull()).isFalse();
		assertThat(schedule.get("recipients").get(0).get("account_id").asLong()).isEqualTo(9001);
		assertThat(this.fixtures.query("definitionOwner", String.class,
				Map.of("id", schedule.get("definition_id").asLong()))).isEqualTo("test-admin Weekly performance");
	}

	@Test
	void anExecutiveSchedulesToThemselvesOnlyAndNeedsAnEmailAddress() {
		String executive = TestSignIn.bearer(this.context, this.port, Role.EXECUTIVE, null, null);
		long self = TestSignIn.accountId(this.context, "test-executive");
		this.fixtures.setEmail("test-executive", null);

		HttpResponse<String> noAddress = post(executive, body("Mine", TEMPLATE, account(self)));
		assertThat(noAddress.statusCode()).isEqualTo(400);
		assertThat(json(noAddress).get("parameter").asString()).isEqualTo("recipients[0].account_id");

		this.fixtures.setEmail("test-executive", "exec@sched.test");
		assertThat(post(executive, body("Mine", TEMPLATE, account(self))).statusCode()).isEqualTo(201);
		HttpResponse<String> toErin = post(executive, body("For Erin", TEMPLATE, account(9001)));
		assertThat(toErin.statusCode()).isEqualTo(400);
		assertThat(json(toErin).get("parameter").asString()).isEqualTo("recipients");
	}

	@Test
	void aViewerMayNotScheduleAndADefinitionNeitherOwnNorSharedIsNotFound() {
		String viewer = TestSignIn.bearer(this.context, this.port, Role.VIEWER, null, null);
		assertThat(post(viewer, body("Viewer's", TEMPLATE, account(9001))).statusCode()).isEqualTo(403);

		String executive = TestSignIn.bearer(this.context, this.port, Role.EXECUTIVE, null, null);
		long self = TestSignIn.accountId(this.context, "test-executive");
		this.fixtures.setEmail("test-executive", "exec@sched.test");
		assertThat(post(executive, body("Private", "\"definition_id\": 9001", account(self))).statusCode())
			.isEqualTo(404);
		assertThat(post(executive, body("Shared", "\"definition_id\": 9002", account(self))).statusCode())
			.isEqualTo(201);
	}

	@Test
	void eachSeesTheirOwnSchedulesAndAnotherOwnersAreNotFound() {
		long erins = id(post(this.admin, body("Admin's for Erin", TEMPLATE, account(9001))));
		String manager = TestSignIn.bearer(this.context, this.port, Role.MANAGER, null, 9001L);
		this.fixtures.setEmail("test-manager-t9001", "manager@sched.test");
		long managers = id(post(manager, body("Manager's own", TEMPLATE,
				account(TestSignIn.accountId(this.context, "test-manager-t9001")))));

		assertThat(ids(send("GET", "/api/v1/reports/schedules", manager, null))).containsExactly(managers);
		assertThat(ids(send("GET", "/api/v1/reports/schedules", this.admin, null))).contains(erins, managers);
		for (String method : List.of("GET", "DELETE")) {
			assertThat(send(method, "/api/v1/reports/schedules/" + erins, manager, null).statusCode()).isEqualTo(404);
		}
		assertThat(send("POST", "/api/v1/reports/schedules/" + erins + "/pause", manager, null).statusCode())
			.isEqualTo(404);
		assertThat(send("GET", "/api/v1/reports/schedules/" + managers, this.admin, null).statusCode())
			.isEqualTo(200);
	}

	@Test
	void badValuesAreRefusedNamingTheirField() {
		assertThat(refused(body("Bad zone", TEMPLATE, account(9001)).replace("America/New_York", "Mars/Olympus")))
			.isEqualTo("time_zone");
		assertThat(refused(body("Day 31", TEMPLATE, account(9001)).replace("\"weekly\"", "\"monthly\"")
			.replace("\"day_of_week\": 1", "\"day_of_month\": 31"))).isEqualTo("day_of_month");
		assertThat(refused(body("Nobody", TEMPLATE, account(987654)))).isEqualTo("recipients[0].account_id");
		assertThat(refused(body("No template", "\"template\": \"quarterly\"", account(9001)))).isEqualTo("template");
	}

	@Test
	void aPausedScheduleHasNoNextRunUntilResumedAndAChangeKeepsItsId() {
		long id = id(post(this.admin, body("Pausable", TEMPLATE, account(9001))));
		String path = "/api/v1/reports/schedules/" + id;

		JsonNode paused = json(send("POST", path + "/pause", this.admin, null));
		assertThat(paused.get("paused").asBoolean()).isTrue();
		JsonNode resumed = json(send("POST", path + "/resume", this.admin, null));
		assertThat(resumed.get("paused").asBoolean()).isFalse();
		assertThat(resumed.get("next_run_at").isNull()).isFalse();

		HttpResponse<String> changed = send("PUT", path, this.admin,
				body("Renamed", "\"definition_id\": " + resumed.get("definition_id").asLong(), account(9002)));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed).get("name").asString()).isEqualTo("Renamed");
		assertThat(json(changed).get("recipients").get(0).get("account_id").asLong()).isEqualTo(9002);

		assertThat(send("DELETE", path, this.admin, null).statusCode()).isEqualTo(204);
		assertThat(send("GET", path, this.admin, null).statusCode()).isEqualTo(404);
	}

	@Test
	void administratorsReadTheDeliveryLogAndSendOneAgain() {
		long schedule = id(post(this.admin, body("Logged", TEMPLATE, account(9001))));
		List<Long> rows = this.fixtures.deliveries(schedule);
		String log = "/api/v1/reports/deliveries?schedule=" + schedule;

		assertThat(json(send("GET", log, this.admin, null)).get("total").asLong()).isEqualTo(3);
		JsonNode failed = json(send("GET", log + "&status=failed", this.admin, null));
		assertThat(failed.get("total").asLong()).isEqualTo(1);
		assertThat(failed.get("deliveries").get(0).get("error").asString()).isEqualTo("550 5.1.1 mailbox unknown");
		assertThat(send("GET", log + "&status=lost", this.admin, null).statusCode()).isEqualTo(400);

		HttpResponse<String> resent = send("POST", "/api/v1/reports/deliveries/" + rows.get(1) + "/resend",
				this.admin, null);
		assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
		assertThat(this.fixtures.query("delivery", String.class, Map.of("id", rows.get(1))))
			.isEqualTo("pending attempts=8 resends=1");
		assertThat(send("POST", "/api/v1/reports/deliveries/" + rows.get(2) + "/resend", this.admin, null)
			.statusCode()).isEqualTo(409);

		String executive = TestSignIn.bearer(this.context, this.port, Role.EXECUTIVE, null, null);
		assertThat(send("GET", log, executive, null).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/v1/reports/deliveries/" + rows.get(1) + "/resend", executive, null)
			.statusCode()).isEqualTo(403);
	}

	private String refused(String body) {
		HttpResponse<String> response = post(this.admin, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		return json(response).get("parameter").asString();
	}

	private HttpResponse<String> post(String bearer, String body) {
		return send("POST", "/api/v1/reports/schedule", bearer, body);
	}

	private HttpResponse<String> send(String method, String path, String bearer, String body) {
		return this.fixtures.send(method, path, bearer, body);
	}

	private static long id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private static List<Long> ids(HttpResponse<String> list) {
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return json(list).valueStream().map((schedule) -> schedule.get("id").asLong()).toList();
	}

}
