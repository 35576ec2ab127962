package io.keystonebi.api.audit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's side: searching, checking the chain (and catching a change), the page, and who may. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditAdminIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AuditLog log;

	private AuditTestSupport support;

	private String admin;

	@BeforeEach
	void signIn() {
		this.support = new AuditTestSupport(this.context, this.port);
		this.admin = TestSignIn.admin(this.context, this.port);
	}

	@Test
	void theSearchPagesNewestFirstByKeyAndIsItselfRecorded() {
		String actor = "pager-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			this.context.publishEvent(new AuditEvent(null, actor, "admin", "schedule.change", "schedule:" + i, "all",
					Map.of("cron", "0 0 7 * * ?")));
		}
		flush();
		List<Long> expected = this.support.idsOf(actor);
		assertThat(expected).hasSize(3);
		String requestId = AuditTestSupport.newRequestId();
		JsonNode first = search("?actor=" + actor + "&limit=2", requestId);
		assertThat(ids(first)).containsExactly(expected.get(0), expected.get(1));
		assertThat(first.get("next_before_id").asLong()).isEqualTo(expected.get(1));
		assertThat(first.get("entries").get(0).get("detail").get("cron").asString()).isEqualTo("0 0 7 * * ?");
		assertThat(first.get("entries").get(0).get("hash").asString()).hasSize(64);
		JsonNode second = search("?actor=" + actor + "&limit=2&before_id=" + expected.get(1),
				AuditTestSupport.newRequestId());
		assertThat(ids(second)).containsExactly(expected.get(2));
		assertThat(second.get("next_before_id").isNull()).isTrue();
		Map<String, Object> read = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(read).containsEntry("action", "audit.read").containsEntry("actor_role", "admin");
	}

	@Test
	void theSearchFindsEntriesByActionPrefixTimeAndText() {
		String marker = "marker-" + UUID.randomUUID();
		this.context.publishEvent(new AuditEvent(null, "ops", "admin", "account.create", "account:77", null,
				Map.of("note", marker)));
		flush();
		assertThat(this.support.mentions(marker)).isEqualTo(1);
		String today = Instant.now().toString().substring(0, 10);
		JsonNode found = search("?action=account&from=" + today + "&to=" + today + "&q=" + marker,
				AuditTestSupport.newRequestId());
		assertThat(found.get("entries")).singleElement()
			.satisfies((entry) -> assertThat(entry.get("resource").asString()).isEqualTo("account:77"));
		assertThat(search("?action=account.delete&q=" + marker, AuditTestSupport.newRequestId()).get("entries"))
			.isEmpty();
	}

	@Test
	void badParametersAreRefusedByName() {
		assertBadParameter("?limit=0", "limit");
		assertBadParameter("?limit=many", "limit");
		assertBadParameter("?before_id=-3", "before_id");
		assertBadParameter("?from=yesterday", "from");
		assertBadParameter("?from=2026-03-02&to=2026-03-01", "to");
		assertBadParameter("?action=DROP%20TABLE", "action");
		assertBadParameter("?actr=ops", "actr");
		assertBadParameter("?actor=a&actor=b", "actor");
	}

	@Test
	void verifySaysTheChainIsIntactAndCountsEveryEntry() {
		flush();
		JsonNode report = verify();
		assertThat(report.get("intact").asBoolean()).isTrue();
		assertThat(report.get("first_id").asLong()).isEqualTo(1);
		assertThat(report.get("entries").asLong())
			.isEqualTo(this.support.countUpTo(report.get("last_id").asLong()))
			.isEqualTo(report.get("last_id").asLong());
	}

	@Test
	void verifyNamesAnEntryChangedBehindTheApplicationsBack() {
		String requestId = AuditTestSupport.newRequestId();
		search("?limit=1", requestId);
		long id = (Long) this.support.awaitEntries(requestId, 1).get(0).get("id");
		this.support.script("tamper", id);
		try {
			JsonNode report = verify();
			assertThat(report.get("intact").asBoolean()).isFalse();
			assertThat(report.get("first_broken_id").asLong()).isEqualTo(id);
			assertThat(report.get("problem").asString()).isEqualTo("contents_changed");
			assertThat(report.get("message").asString()).contains("Entry " + id + " was changed");
		}
		finally {
			this.support.script("restore", id);
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
		String requestId = AuditTestSupport.newRequestId();
		search("?limit=1", requestId);
		long id = (Long) this.support.awaitEntries(requestId, 1).get(0).get("id");
		assertThatThrownBy(() -> this.support.execute("update", id)).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.support.execute("delete", id)).hasMessageContaining("append-only");
		assertThat(this.support.entries(requestId)).singleElement()
			.satisfies((entry) -> assertThat(entry.get("action")).isEqualTo("audit.read"));
	}

	@Test
	void nobodyButAnAdministratorMayReadTheLog() {
		long agent = this.support.agentUserId();
		long team = this.support.teamId();
		for (Role role : List.of(Role.EXECUTIVE, Role.MANAGER, Role.AGENT, Role.VIEWER)) {
			Long user = (role == Role.AGENT) ? agent : null;
			Long teamId = (role == Role.MANAGER) ? team : null;
			String bearer = TestSignIn.bearer(this.context, this.port, role, user, teamId);
			String session = TestSignIn.session(this.context, this.port, role, user, teamId);
			assertThat(this.support.get("/api/v1/admin/audit", bearer, AuditTestSupport.newRequestId())
				.statusCode()).as(role + " API").isEqualTo(403);
			assertThat(this.support.get("/api/v1/admin/audit/verify", bearer, AuditTestSupport.newRequestId())
				.statusCode()).as(role + " verify").isEqualTo(403);
			assertThat(this.support.get("/admin/audit", session, AuditTestSupport.newRequestId()).statusCode())
				.as(role + " page").isEqualTo(403);
			assertThat(this.support.get("/", session, AuditTestSupport.newRequestId()).body())
				.doesNotContain("href=\"/admin/audit\"");
		}
		assertThat(this.support.get("/api/v1/admin/audit", null, AuditTestSupport.newRequestId()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void thePageShowsMatchingEntriesTheChainStatusAndALinkFromTheDashboard() {
		String session = TestSignIn.session(this.context, this.port, Role.ADMIN, null, null);
		String marker = "page-" + UUID.randomUUID();
		this.context.publishEvent(new AuditEvent(null, "ops", "admin", "schedule.change", "schedule:9", "all",
				Map.of("note", marker)));
		flush();
		long id = this.support.idsOf("ops").get(0);
		HttpResponse<String> page = this.support.get("/admin/audit?q=" + marker, session,
				AuditTestSupport.newRequestId());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-entry-id=\"" + id + "\"", "schedule:9", "<th scope=\"col\">Action</th>",
				"<label for=\"q\">Text</label>", "Check the chain now").doesNotContain("style=", "<script");
		HttpResponse<String> checked = this.support.get("/admin/audit?verify=1", session,
				AuditTestSupport.newRequestId());
		assertThat(checked.body()).contains("data-intact=\"true\"", "chain-intact");
		HttpResponse<String> bad = this.support.get("/admin/audit?from=someday", session,
				AuditTestSupport.newRequestId());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("from must be a date");
		assertThat(this.support.get("/", session, AuditTestSupport.newRequestId()).body())
			.contains("href=\"/admin/audit\"");
	}

	@Test
	void thePageLinksToOlderEntriesWithTheSearchKept() {
		String session = TestSignIn.session(this.context, this.port, Role.ADMIN, null, null);
		String actor = "older-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			this.context.publishEvent(new AuditEvent(null, actor, "admin", "data.export", "report:" + i, "all",
					Map.of()));
		}
		flush();
		List<Long> ids = this.support.idsOf(actor);
		String body = this.support.get("/admin/audit?actor=" + actor + "&limit=2", session,
				AuditTestSupport.newRequestId()).body();
		assertThat(body).contains("data-entry-id=\"" + ids.get(0) + "\"", "data-entry-id=\"" + ids.get(1) + "\"")
			.doesNotContain("data-entry-id=\"" + ids.get(2) + "\"")
			.contains("href=\"/admin/audit?actor=" + actor + "&amp;limit=2&amp;before_id=" + ids.get(1) + "\"");
		String older = this.support.get("/admin/audit?actor=" + actor + "&limit=2&before_id=" + ids.get(1), session,
				AuditTestSupport.newRequestId()).body();
		assertThat(older).contains("data-entry-id=\"" + ids.get(2) + "\"", "Newest entries")
			.doesNotContain("Older entries");
	}

	private void flush() {
		try {
			assertThat(this.log.flush(Duration.ofSeconds(10))).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode search(String query, String requestId) {
		HttpResponse<String> response = this.support.get("/api/v1/admin/audit" + query, this.admin, requestId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return AuditTestSupport.json(response.body());
	}

	private JsonNode verify() {
		HttpResponse<String> response = this.support.get("/api/v1/admin/audit/verify", this.admin,
				AuditTestSupport.newRequestId());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return AuditTestSupport.json(response.body());
	}

	private void assertBadParameter(String query, String parameter) {
		HttpResponse<String> response = this.support.get("/api/v1/admin/audit" + query, this.admin,
				AuditTestSupport.newRequestId());
		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
			.startsWith("application/problem+json"));
		JsonNode problem = AuditTestSupport.json(response.body());
		assertThat(problem.get("parameter").asString()).as(query).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).as(query).contains(parameter);
	}

	private static List<Long> ids(JsonNode page) {
		return StreamSupport.stream(page.get("entries").spliterator(), false).map((entry) -> entry.get("id").asLong())
			.toList();
	}

}
