package io.keystonebi.api.admin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import io.keystonebi.sql.accounts.AccountRow;
import io.keystonebi.sql.accounts.AccountsSql;
import io.keystonebi.sql.accounts.TeamsSql;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages as a browser uses them, forms posted with their CSRF token: what each form changes (read back
 * from the database), errors shown beside their field, and every other role refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Sql(scripts = "/io/keystonebi/api/dashboard/fixture.sql", executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@Sql(scripts = "/io/keystonebi/api/admin/reset.sql", executionPhase = ExecutionPhase.AFTER_TEST_CLASS)
class AdminPagesIntegrationTests {

	private static final Pattern PASSWORD = Pattern.compile("data-testid=\"new-password\">([^<]+)<");

	private static int sequence;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Jdbi jdbi;

	private BrowserSession admin;

	@BeforeEach
	void signIn() {
		this.admin = new BrowserSession(this.port, TestSignIn.session(this.context, this.port, Role.ADMIN, null, null));
	}

	@Test
	void addingAUserShowsItsMadeUpPasswordOnceAndThatPasswordSignsIn() {
		String username = unique("pat");
		HttpResponse<String> created = this.admin.submit("/admin/users", "/admin/users", List.of(
				entry("username", username), entry("displayName", "Pat Page"), entry("role", "agent"),
				entry("warehouseUserId", "3"), entry("teamId", ""), entry("password", "")));
		assertThat(created.statusCode()).isEqualTo(200);
		Matcher password = PASSWORD.matcher(created.body());
		assertThat(password.find()).as(created.body()).isTrue();
		assertThat(TestSignIn.token(this.port, username, password.group(1)).get("scope").asString()).isEqualTo("agent");
		AccountRow row = account(username);
		assertThat(row.displayName()).isEqualTo("Pat Page");
		assertThat(row.warehouseUserId()).isEqualTo(3L);
		String list = this.admin.get("/admin/users").body();
		assertThat(list).contains(username, "Carla Singh’s book").doesNotContain(password.group(1));
	}

	@Test
	void aRefusedFormShowsEachErrorBesideItsFieldAndKeepsWhatWasTypedButThePassword() {
		HttpResponse<String> refused = this.admin.submit("/admin/users", "/admin/users", List.of(
				entry("username", "Bad Name"), entry("displayName", "Kept Name"), entry("role", "viewer"),
				entry("password", "tooshort")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fieldError(refused.body(), "password")).contains("size must be between 12 and 256");
		assertThat(refused.body()).contains("value=\"Kept Name\"").doesNotContain("tooshort");
		HttpResponse<String> badName = this.admin.submit("/admin/users", "/admin/users", List.of(
				entry("username", "Bad Name"), entry("displayName", "Kept Name"), entry("role", "manager")));
		assertThat(fieldError(badName.body(), "username")).contains("Bad Name");
		HttpResponse<String> noTeam = this.admin.submit("/admin/users", "/admin/users", List.of(
				entry("username", unique("mgr")), entry("displayName", "M"), entry("role", "manager"), entry("teamId", "")));
		assertThat(fieldError(noTeam.body(), "teamId")).contains("team_id");
		assertThat(noTeam.body()).contains("aria-describedby=\"teamId-error\"");
	}

	@Test
	void untickingActiveDeactivatesTheAccountButNotTheAdministratorsOwn() {
		String username = unique("dee");
		this.admin.submit("/admin/users", "/admin/users", List.of(entry("username", username),
				entry("displayName", "Dee"), entry("role", "viewer"), entry("password", "Lilac-window-8842")));
		long id = account(username).id();
		HttpResponse<String> saved = this.admin.submit("/admin/users/" + id, "/admin/users/" + id,
				List.of(entry("displayName", "Dee"), entry("role", "viewer")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users/" + id + "?saved");
		assertThat(account(username).active()).isFalse();
		long self = account("test-admin").id();
		HttpResponse<String> refused = this.admin.submit("/admin/users/" + self, "/admin/users/" + self,
				List.of(entry("displayName", "Test admin"), entry("role", "admin")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fieldError(refused.body(), "active")).contains("cannot deactivate your own account");
		assertThat(account("test-admin").active()).isTrue();
	}

	@Test
	void resettingAPasswordShowsTheNewOneOnceAndOnlyItSignsIn() {
		String username = unique("reset");
		this.admin.submit("/admin/users", "/admin/users", List.of(entry("username", username),
				entry("displayName", "R"), entry("role", "viewer"), entry("password", "Cedar-valley-1276")));
		long id = account(username).id();
		HttpResponse<String> reset = this.admin.submit("/admin/users/" + id, "/admin/users/" + id + "/password",
				List.of(entry("password", "")));
		Matcher password = PASSWORD.matcher(reset.body());
		assertThat(password.find()).as(reset.body()).isTrue();
		TestSignIn.token(this.port, username, password.group(1));
		assertThat(TestSignIn.post(this.port, "/api/v1/auth/token", "{\"grant_type\":\"password\",\"username\":\""
				+ username + "\",\"password\":\"Cedar-valley-1276\"}").statusCode()).isEqualTo(401);
		assertThat(this.admin.get("/admin/users/" + id).body()).doesNotContain(password.group(1));
	}

	@Test
	void teamsAreCreatedAndTheirMembersTickedOnThePage() {
		String name = unique("Page team");
		HttpResponse<String> created = this.admin.submit("/admin/teams", "/admin/teams", List.of(
				entry("locationId", "1"), entry("name", name), entry("managerUserId", "4"),
				entry("memberIds", "1"), entry("memberIds", "2")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.replaceAll(".*/admin/teams/(\\d+)\\?created", "$1"));
		assertThat(members(id)).containsExactly(1L, 2L);
		this.admin.submit("/admin/teams/" + id, "/admin/teams/" + id, List.of(entry("name", name),
				entry("memberIds", "3")));
		assertThat(members(id)).containsExactly(3L);
		HttpResponse<String> none = this.admin.submit("/admin/teams/" + id, "/admin/teams/" + id,
				List.of(entry("name", name)));
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(members(id)).isEmpty();
		HttpResponse<String> foreign = this.admin.submit("/admin/teams/" + id, "/admin/teams/" + id,
				List.of(entry("name", name), entry("memberIds", "6")));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(fieldError(foreign.body(), "memberIds")).contains("agent 6", "Harbour Homes");
		assertThat(this.admin.get("/admin/teams").body()).contains(name);
	}

	@Test
	void everyOtherRoleIsRefusedTheAdminPagesAndOnlyAdminsSeeTheLinks() {
		long id = account("test-admin").id();
		for (Role role : List.of(Role.EXECUTIVE, Role.AGENT, Role.VIEWER)) {
			BrowserSession other = new BrowserSession(this.port, TestSignIn.session(this.context, this.port, role,
					(role == Role.AGENT) ? 1L : null, null));
			for (String path : List.of("/admin/users", "/admin/users/" + id, "/admin/teams", "/admin/teams/1")) {
				assertThat(other.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
			}
			// With a valid CSRF token from a page it may see, a post is still refused.
			assertThat(other.submit("/", "/admin/users", List.of(entry("username", "sneaky"),
					entry("displayName", "S"), entry("role", "admin"))).statusCode()).isEqualTo(403);
			assertThat(other.get("/?from=2026-03-01&to=2026-03-15").body()).doesNotContain("href=\"/admin/users\"");
		}
		assertThat(this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.byUsername("sneaky")).isPresent()).isFalse();
		assertThat(this.admin.get("/?from=2026-03-01&to=2026-03-15").body())
			.contains("href=\"/admin/users\"", "href=\"/admin/teams\"");
		assertThat(this.admin.get("/admin/users/999999").statusCode()).isEqualTo(404);
	}

	private AccountRow account(String username) {
		return this.jdbi.withExtension(AccountsSql.class, (sql) -> sql.byUsername(username)).orElseThrow();
	}

	private List<Long> members(long team) {
		return this.jdbi.withExtension(TeamsSql.class, (sql) -> sql.memberIds(team));
	}

	// The text of the error shown beside the field, failing the test when there is none.
	private static String fieldError(String page, String field) {
		Matcher error = Pattern.compile("<p[^>]*data-field=\"" + field + "\"[^>]*>([^<]*)</p>").matcher(page);
		if (!error.find()) {
			throw new AssertionError("No error beside " + field + " in " + page);

		}
		return error.group(1);
	}

	private static synchronized String unique(String prefix) {
		return prefix.toLowerCase().replace(' ', '-') + "-" + (++sequence) + "-"
				+ Long.toString(System.nanoTime() % 1_000_000, 36);
	}

}
