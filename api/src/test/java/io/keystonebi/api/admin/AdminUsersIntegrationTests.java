package io.keystonebi.api.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
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
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.audit.AuditEntryRow;
import io.keystonebi.sql.audit.AuditLogSql;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static io.keystonebi.api.admin.AdminClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user administration API against the running application: what each change does to the account's access
 * (checked by signing in and calling the API as it), the 400s that name the field, and the audit events.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = "/io/keystonebi/api/dashboard/fixture.sql", executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@Sql(scripts = "/io/keystonebi/api/admin/reset.sql", executionPhase = ExecutionPhase.AFTER_TEST_CLASS)
class AdminUsersIntegrationTests {

	private static final String PROTECTED = "/api/v1/dashboard/summary?from=2026-03-01&to=2026-03-15";

	private static int sequence;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

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
	void aUserCreatedWithoutAPasswordGetsAMadeUpOneShownOnceThatSignsIn() {
		String username = unique("viewer");
		JsonNode created = expect(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + username + "\",\"display_name\":\"Vera Viewer\",\"role\":\"viewer\"}"), 201);
		String password = created.get("password").asString();
		assertThat(password).hasSize(20);
		JsonNode user = created.get("user");
		assertThat(user.get("username").asString()).isEqualTo(username);
		assertThat(user.get("display_name").asString()).isEqualTo("Vera Viewer");
		assertThat(user.get("role").asString()).isEqualTo("viewer");
		assertThat(user.get("active").asBoolean()).isTrue();
		JsonNode tokens = TestSignIn.token(this.port, username, password);
		assertThat(tokens.get("role").asString()).isEqualTo("viewer");
		long id = user.get("id").asLong();
		JsonNode again = expect(this.admin.get("/api/v1/admin/users/" + id), 200);
		assertThat(again.toString()).doesNotContain(password).doesNotContain("password");
		JsonNode list = expect(this.admin.get("/api/v1/admin/users"), 200);
		assertThat(list.toString()).doesNotContain(password).doesNotContain("password_hash");
		assertThat(list.findValuesAsString("username")).contains(username);
		AuditEvent event = this.audit.withAction("account.create").get(0);
		assertThat(event.resource()).isEqualTo("account:" + id);
		assertThat(event.actorUsername()).isEqualTo("test-admin");
		assertThat(event.actorRole()).isEqualTo("admin");
		assertThat(event.detail()).containsEntry("username", username).containsEntry("credential_source", "made_up");
		assertThat(event.toString()).doesNotContain(password);
	}

	@Test
	void aChosenPasswordIsNotEchoedAndTheListNamesTheLinkedAgentAndTeam() {
		String username = unique("agent");
		String password = "Quiet-river-4821";
		JsonNode created = expect(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + username
				+ "\",\"display_name\":\"Alice\",\"role\":\"agent\",\"warehouse_user_id\":1,\"password\":\"" + password
				+ "\"}"), 201);
		assertThat(created.has("password")).isFalse();
		// Alice Moreno is warehouse user 1 in the dashboard fixture.
		assertThat(created.get("user").get("agent_name").asString()).isEqualTo("Alice Moreno");
		assertThat(TestSignIn.token(this.port, username, password).get("scope").asString()).isEqualTo("agent");
		assertThat(this.audit.withAction("account.create").get(0).detail()).containsEntry("credential_source", "chosen");
	}

	@Test
	void aNewRoleEndsTheOldTokenAndTheNewOneCarriesIt() {
		String username = unique("viewer");
		long id = create(username, "viewer", "Slow-harbour-7312");
		String bearer = bearer(username, "Slow-harbour-7312");
		assertThat(new AdminClient(this.port, bearer).get(PROTECTED).statusCode()).isEqualTo(200);
		JsonNode updated = expect(this.admin.put("/api/v1/admin/users/" + id,
				"{\"display_name\":\"Now executive\",\"role\":\"executive\",\"active\":true}"), 200);
		assertThat(updated.get("role").asString()).isEqualTo("executive");
		assertThat(updated.get("display_name").asString()).isEqualTo("Now executive");
		assertThat(new AdminClient(this.port, bearer).get(PROTECTED).statusCode()).isEqualTo(401);
		assertThat(TestSignIn.token(this.port, username, "Slow-harbour-7312").get("role").asString())
			.isEqualTo("executive");
		AuditEvent event = this.audit.withAction("account.update").get(0);
		assertThat(event.detail()).containsEntry("role", "executive").containsEntry("access_ended", true);
		assertThat(event.detail().get("changed")).isEqualTo(List.of("display_name", "role"));
	}

	@Test
	void aDeactivatedUsersTokenIsRefusedAndTheyCannotSignInUntilReactivated() {
		String username = unique("viewer");
		long id = create(username, "viewer", "Green-meadow-5190");
		String bearer = bearer(username, "Green-meadow-5190");
		expect(this.admin.put("/api/v1/admin/users/" + id,
				"{\"display_name\":\"Gone\",\"role\":\"viewer\",\"active\":false}"), 200);
		assertThat(new AdminClient(this.port, bearer).get(PROTECTED).statusCode()).isEqualTo(401);
		assertThat(TestSignIn.post(this.port, "/api/v1/auth/token", "{\"grant_type\":\"password\",\"username\":\""
				+ username + "\",\"password\":\"Green-meadow-5190\"}").statusCode()).isEqualTo(401);
		expect(this.admin.put("/api/v1/admin/users/" + id,
				"{\"display_name\":\"Back\",\"role\":\"viewer\",\"active\":true}"), 200);
		assertThat(new AdminClient(this.port, bearer(username, "Green-meadow-5190")).get(PROTECTED).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aResetPasswordEndsTheOldTokenAndOnlyTheNewPasswordSignsIn() {
		String username = unique("viewer");
		long id = create(username, "viewer", "Amber-lantern-2207");
		String bearer = bearer(username, "Amber-lantern-2207");
		String madeUp = expect(this.admin.post("/api/v1/admin/users/" + id + "/password", null), 200)
			.get("password").asString();
		assertThat(madeUp).hasSize(20);
		assertThat(new AdminClient(this.port, bearer).get(PROTECTED).statusCode()).isEqualTo(401);
		assertThat(TestSignIn.post(this.port, "/api/v1/auth/token", "{\"grant_type\":\"password\",\"username\":\""
				+ username + "\",\"password\":\"Amber-lantern-2207\"}").statusCode()).isEqualTo(401);
		TestSignIn.token(this.port, username, madeUp);
		HttpResponse<String> chosen = this.admin.post("/api/v1/admin/users/" + id + "/password",
				"{\"password\":\"Copper-kettle-9034\"}");
		assertThat(chosen.statusCode()).isEqualTo(204);
		TestSignIn.token(this.port, username, "Copper-kettle-9034");
		assertThat(this.audit.withAction("account.password_reset")).hasSize(2)
			.allSatisfy((event) -> assertThat(event.toString()).doesNotContain(madeUp, "Copper-kettle-9034"));
	}

	@Test
	void theAuditLogKeepsWhetherAPasswordWasMadeUpOrChosen() {
		String username = unique("viewer");
		long id = expect(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + username + "\",\"display_name\":\"Logged\",\"role\":\"viewer\"}"), 201)
			.get("user").get("id").asLong();
		expect(this.admin.post("/api/v1/admin/users/" + id + "/password",
				"{\"password\":\"Willow-canyon-6083\"}"), 204);
		JsonNode created = storedDetail("account.create", "account:" + id);
		assertThat(created.get("username").asString()).isEqualTo(username);
		assertThat(created.get("credential_source").asString()).isEqualTo("made_up");
		JsonNode reset = storedDetail("account.password_reset", "account:" + id);
		assertThat(reset.get("credential_source").asString()).isEqualTo("chosen");
		assertThat(created.toString() + reset).doesNotContain("Willow-canyon-6083");
	}

	@Test
	void anEmailAddressIsKeptLowerCaseAndAnEmptyOneRemovesIt() {
		String username = unique("viewer");
		JsonNode created = expect(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + username
				+ "\",\"display_name\":\"Vera\",\"role\":\"viewer\",\"email\":\" Vera.Viewer@Example.COM \"}"), 201);
		long id = created.get("user").get("id").asLong();
		assertThat(created.get("user").get("email").asString()).isEqualTo("vera.viewer@example.com");
		JsonNode cleared = expect(this.admin.put("/api/v1/admin/users/" + id,
				"{\"display_name\":\"Vera\",\"role\":\"viewer\",\"active\":true,\"email\":\"\"}"), 200);
		assertThat(cleared.get("email").isNull()).isTrue();
		assertThat(this.audit.withAction("account.update").get(0).detail()).containsEntry("changed", List.of("email"));
	}

	@Test
	void badValuesAreRefusedWith400NamingTheField() {
		long id = id();
		int changes = this.audit.all().size();
		assertField(this.admin.post("/api/v1/admin/users", "{\"display_name\":\"X\",\"role\":\"viewer\"}"), "username");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"has space\",\"display_name\":\"X\",\"role\":\"viewer\"}"), "username");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"\",\"role\":\"viewer\"}"), "display_name");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"X\",\"role\":\"owner\"}"), "role");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"X\",\"role\":\"agent\"}"), "warehouse_user_id");
		assertField(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + unique("x")
				+ "\",\"display_name\":\"X\",\"role\":\"agent\",\"warehouse_user_id\":999}"), "warehouse_user_id");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"X\",\"role\":\"manager\",\"team_id\":999}"), "team_id");
		assertField(this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"X\",\"role\":\"viewer\",\"team_id\":\"two\"}"), "team_id");
		assertField(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + unique("x")
				+ "\",\"display_name\":\"X\",\"role\":\"viewer\",\"email\":\"not an address\"}"), "email");
		HttpResponse<String> weak = this.admin.post("/api/v1/admin/users",
				"{\"username\":\"" + unique("x") + "\",\"display_name\":\"X\",\"role\":\"viewer\",\"password\":\"short-1\"}");
		assertField(weak, "password");
		assertThat(weak.body()).doesNotContain("short-1");
		assertField(this.admin.post("/api/v1/admin/users/" + id + "/password", "{\"password\":\"password1234\"}"),
				"password");
		assertField(this.admin.put("/api/v1/admin/users/" + id, "{\"display_name\":\"X\",\"role\":\"viewer\"}"),
				"active");
		assertThat(this.admin.post("/api/v1/admin/users", "{not json").statusCode()).isEqualTo(400);
		assertThat(this.audit.all()).hasSize(changes);
	}

	@Test
	void fieldsAnEndpointDoesNotTakeAreRefusedByNameSoNothingElseCanBeSet() {
		long id = id();
		String before = expect(this.admin.get("/api/v1/admin/users/" + id), 200).toString();
		assertField(this.admin.put("/api/v1/admin/users/" + id,
				"{\"id\":1,\"display_name\":\"X\",\"role\":\"viewer\",\"active\":true}"), "id");
		assertField(this.admin.put("/api/v1/admin/users/" + id,
				"{\"credentials_version\":0,\"display_name\":\"X\",\"role\":\"viewer\",\"active\":true}"), "credentials_version");
		assertField(this.admin.put("/api/v1/admin/users/" + id,
				"{\"username\":\"renamed\",\"display_name\":\"X\",\"role\":\"viewer\",\"active\":true}"), "username");
		assertField(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + unique("x")
				+ "\",\"display_name\":\"X\",\"role\":\"viewer\",\"active\":false}"), "active");
		assertField(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + unique("x")
				+ "\",\"display_name\":\"X\",\"role\":\"viewer\",\"password_hash\":\"{noop}x\"}"), "password_hash");
		assertField(this.admin.post("/api/v1/admin/users/" + id + "/password",
				"{\"password\":\"Copper-kettle-9034\",\"username\":\"test-admin\"}"), "username");
		assertThat(expect(this.admin.get("/api/v1/admin/users/" + id), 200).toString()).isEqualTo(before);
	}

	@Test
	void aTakenUsernameIs409AndAnUnknownIdIs404() {
		String username = unique("viewer");
		create(username, "viewer", "Silver-birch-6620");
		assertThat(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + username.toUpperCase()
				+ "\",\"display_name\":\"X\",\"role\":\"viewer\"}").statusCode()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/admin/users/999999").statusCode()).isEqualTo(404);
		assertThat(this.admin.put("/api/v1/admin/users/999999",
				"{\"display_name\":\"X\",\"role\":\"viewer\",\"active\":true}").statusCode()).isEqualTo(404);
		assertThat(this.admin.post("/api/v1/admin/users/999999/password", null).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdministratorCannotDeactivateOrDemoteTheirOwnAccount() {
		long self = TestSignIn.accountId(this.context, "test-admin");
		HttpResponse<String> deactivate = this.admin.put("/api/v1/admin/users/" + self,
				"{\"display_name\":\"Me\",\"role\":\"admin\",\"active\":false}");
		assertThat(deactivate.statusCode()).isEqualTo(409);
		assertThat(AdminClient.JSON.readTree(deactivate.body()).get("field").asString()).isEqualTo("active");
		assertThat(deactivate.body()).contains("cannot deactivate your own account");
		HttpResponse<String> demote = this.admin.put("/api/v1/admin/users/" + self,
				"{\"display_name\":\"Me\",\"role\":\"viewer\",\"active\":true}");
		assertThat(demote.statusCode()).isEqualTo(409);
		assertThat(AdminClient.JSON.readTree(demote.body()).get("field").asString()).isEqualTo("role");
		// Still an administrator, and still signed in.
		assertThat(expect(this.admin.get("/api/v1/admin/users/" + self), 200).get("role").asString()).isEqualTo("admin");
		expect(this.admin.put("/api/v1/admin/users/" + self,
				"{\"display_name\":\"Test admin renamed\",\"role\":\"admin\",\"active\":true}"), 200);
		assertThat(this.admin.get("/api/v1/admin/users").statusCode()).isEqualTo(200);
		expect(this.admin.put("/api/v1/admin/users/" + self,
				"{\"display_name\":\"Test admin\",\"role\":\"admin\",\"active\":true}"), 200);
	}

	@Test
	void everyOtherRoleIsRefusedEveryAdminEndpoint() {
		long id = id();
		long team = team();
		int changes = this.audit.all().size();
		for (Role role : List.of(Role.EXECUTIVE, Role.MANAGER, Role.AGENT, Role.VIEWER)) {
			AdminClient other = new AdminClient(this.port, switch (role) {
				case AGENT -> TestSignIn.bearer(this.context, this.port, role, 1L, null);
				case MANAGER -> TestSignIn.bearer(this.context, this.port, role, null, team);
				default -> TestSignIn.bearer(this.context, this.port, role, null, null);
			});
			assertThat(List.of(other.get("/api/v1/admin/users"), other.get("/api/v1/admin/users/" + id),
					other.post("/api/v1/admin/users", "{\"username\":\"sneaky\",\"display_name\":\"S\",\"role\":\"admin\"}"),
					other.put("/api/v1/admin/users/" + id, "{\"display_name\":\"X\",\"role\":\"admin\",\"active\":true}"),
					other.post("/api/v1/admin/users/" + id + "/password", null),
					other.get("/api/v1/admin/teams"), other.get("/api/v1/admin/agents"),
					other.post("/api/v1/admin/teams", "{\"location_id\":1,\"name\":\"Sneaky\",\"member_ids\":[]}"),
					other.put("/api/v1/admin/teams/" + team, "{\"name\":\"Sneaky\",\"member_ids\":[]}")))
				.as(role.id())
				.allSatisfy((response) -> assertThat(response.statusCode()).as(response.request().uri().toString())
					.isEqualTo(403));
		}
		assertThat(new AdminClient(this.port, null).get("/api/v1/admin/users").statusCode()).isEqualTo(401);
		assertThat(this.audit.all()).hasSize(changes);
	}

	private long create(String username, String role, String password) {
		return expect(this.admin.post("/api/v1/admin/users", "{\"username\":\"" + username + "\",\"display_name\":\""
				+ username + "\",\"role\":\"" + role + "\",\"password\":\"" + password + "\"}"), 201)
			.get("user").get("id").asLong();
	}

	private long id() {
		return create(unique("target"), "viewer", "Plain-valley-3391");
	}

	// A team for the manager account that checks its access is refused; made once, by the API itself.
	private long team() {
		JsonNode teams = expect(this.admin.get("/api/v1/admin/teams"), 200);
		for (JsonNode team : teams) {
			if (team.get("name").asString().equals("Access check")) {
				return team.get("id").asLong();
			}
		}
		return expect(this.admin.post("/api/v1/admin/teams",
				"{\"location_id\":1,\"name\":\"Access check\",\"member_ids\":[]}"), 201).get("id").asLong();
	}

	// The log is written a batch at a time, shortly after the change. Read from the table, as stored, rather than
	// through the API, whose requests count against the shared test administrator's rate limit.
	private JsonNode storedDetail(String action, String resource) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			List<AuditEntryRow> rows = this.context.getBean(Jdbi.class).withExtension(AuditLogSql.class,
					(sql) -> sql.search(null, action, null, null, resource, null, 10));
			for (AuditEntryRow row : rows) {
				if (resource.equals(row.resource())) {
					return AdminClient.JSON.readTree(row.detail());
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No " + action + " of " + resource + " in the audit log");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private String bearer(String username, String password) {
		return "Bearer " + TestSignIn.token(this.port, username, password).get("access_token").asString();
	}

	private static void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(AdminClient.JSON.readTree(response.body()).get("field").asString()).as(response.body()).isEqualTo(field);
	}

	private static synchronized String unique(String prefix) {
		return prefix + "-" + (++sequence) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

}
