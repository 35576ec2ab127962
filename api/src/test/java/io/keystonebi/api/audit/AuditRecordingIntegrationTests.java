package io.keystonebi.api.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.api.web.RequestIdFilter;
import io.keystonebi.sql.audit.NewAuditEntry;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What gets into the audit log: sign-ins, reads with the reader's scope, published events; and that it chains. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditRecordingIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AuditLog log;

	@Autowired
	private Audit audit;

	private AuditTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new AuditTestSupport(this.context, this.port);
	}

	@Test
	void aSuccessfulSignInIsRecordedWithTheAccountAndChannel() {
		String username = TestSignIn.ensureAccount(this.context, Role.ADMIN, null, null);
		long accountId = TestSignIn.accountId(this.context, username);
		String requestId = AuditTestSupport.newRequestId();
		assertThat(signIn(username, TestSignIn.PASSWORD, requestId)).isEqualTo(200);
		Map<String, Object> entry = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(entry).containsEntry("action", "sign_in.succeeded")
			.containsEntry("actor_account_id", accountId)
			.containsEntry("actor_username", username)
			.containsEntry("actor_role", "admin")
			.containsEntry("resource", "account:" + accountId)
			.containsEntry("client_address", "127.0.0.1");
		assertThat(detail(entry).get("channel").asString()).isEqualTo("api");
	}

	@Test
	void aFailedSignInOfAKnownAccountIsRecordedAgainstItWithoutThePassword() {
		String username = TestSignIn.ensureAccount(this.context, Role.VIEWER, null, null);
		String requestId = AuditTestSupport.newRequestId();
		String wrong = "Wrong-password-7Hq2x";
		assertThat(signIn(username, wrong, requestId)).isEqualTo(401);
		Map<String, Object> entry = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(entry).containsEntry("action", "sign_in.failed")
			.containsEntry("actor_username", username)
			.containsEntry("actor_role", "viewer");
		assertThat(detail(entry).get("reason").asString()).isEqualTo("BadCredentialsException");
		assertThat(this.support.mentions(wrong)).isZero();
	}

	@Test
	void aFailedSignInUnderANameOfNoAccountKeepsNoName() {
		String requestId = AuditTestSupport.newRequestId();
		// What a password typed into the name field looks like.
		String typed = "Hunter2-" + requestId.substring(requestId.length() - 8);
		assertThat(signIn(typed, "anything-at-all", requestId)).isEqualTo(401);
		Map<String, Object> entry = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(entry).containsEntry("action", "sign_in.failed").containsEntry("actor_username", null)
			.containsEntry("actor_account_id", null);
		assertThat(detail(entry).get("account").asString()).isEqualTo("unknown");
		assertThat(this.support.mentions(typed)).isZero();
	}

	@Test
	void aBrowserSignInIsRecordedAsWeb() {
		String username = TestSignIn.ensureAccount(this.context, Role.EXECUTIVE, null, null);
		long before = this.support.webSignIns(username);
		TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.support.webSignIns(username) == before + 1);
	}

	@Test
	void anAgentsSummaryReadIsRecordedWithTheAgentsScopeStatusAndQuery() {
		long agent = this.support.agentUserId();
		String bearer = TestSignIn.bearer(this.context, this.port, Role.AGENT, agent, null);
		String requestId = AuditTestSupport.newRequestId();
		assertThat(this.support.get("/api/v1/dashboard/summary?range=30d", bearer, requestId).statusCode())
			.isEqualTo(200);
		Map<String, Object> entry = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(entry).containsEntry("action", "data.read")
			.containsEntry("actor_username", "test-agent-u" + agent)
			.containsEntry("actor_role", "agent")
			.containsEntry("resource", "GET /api/v1/dashboard/summary")
			.containsEntry("scope", "agent:" + agent);
		JsonNode detail = detail(entry);
		assertThat(detail.get("status").asInt()).isEqualTo(200);
		assertThat(detail.get("query").asString()).isEqualTo("range=30d");
		assertThat(detail.get("channel").asString()).isEqualTo("api");
	}

	@Test
	void aDashboardPageReadIsRecordedAndABadRequestKeepsItsStatus() {
		long agent = this.support.agentUserId();
		String session = TestSignIn.session(this.context, this.port, Role.AGENT, agent, null);
		String page = AuditTestSupport.newRequestId();
		assertThat(this.support.get("/?range=7d", session, page).statusCode()).isEqualTo(200);
		String bad = AuditTestSupport.newRequestId();
		assertThat(this.support.get("/?range=forever", session, bad).statusCode()).isEqualTo(400);
		assertThat(this.support.awaitEntries(page, 1).get(0)).containsEntry("resource", "GET /")
			.containsEntry("scope", "agent:" + agent);
		assertThat(detail(this.support.awaitEntries(page, 1).get(0)).get("channel").asString()).isEqualTo("page");
		assertThat(detail(this.support.awaitEntries(bad, 1).get(0)).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void staticFilesAndTheSignInPageAreNotRecorded() {
		String css = AuditTestSupport.newRequestId();
		String login = AuditTestSupport.newRequestId();
		assertThat(this.support.get("/css/dashboard.css", null, css).statusCode()).isEqualTo(200);
		assertThat(this.support.get("/login", null, login).statusCode()).isEqualTo(200);
		String marker = AuditTestSupport.newRequestId();
		this.log.record(AuditEntries.entry(Instant.now(), null, "test.marker", null, null, Map.of(),
				new RequestFacts(marker, null)));
		this.support.awaitEntries(marker, 1);
		assertThat(this.support.entries(css)).isEmpty();
		assertThat(this.support.entries(login)).isEmpty();
	}

	@Test
	void anExportRecordedThroughTheHelperKeepsTheCallersScopeAndDropsSecrets() {
		long agent = this.support.agentUserId();
		String username = TestSignIn.ensureAccount(this.context, Role.AGENT, agent, null);
		long accountId = TestSignIn.accountId(this.context, username);
		String requestId = AuditTestSupport.newRequestId();
		MDC.put(RequestIdFilter.MDC_KEY, requestId);
		try {
			this.audit.record(new Caller(accountId, username, "Test agent", Role.AGENT, agent, null, 0),
					"data.export", "report:pipeline", Map.of("format", "csv", "api_token", "s3cr3t-value"));
		}
		finally {
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
		Map<String, Object> entry = this.support.awaitEntries(requestId, 1).get(0);
		assertThat(entry).containsEntry("action", "data.export").containsEntry("resource", "report:pipeline")
			.containsEntry("scope", "agent:" + agent).containsEntry("actor_role", "agent");
		assertThat(detail(entry).get("format").asString()).isEqualTo("csv");
		assertThat(detail(entry).get("api_token").asString()).isEqualTo("[redacted]");
		assertThat(this.support.mentions("s3cr3t-value")).isZero();
	}

	@Test
	void entriesRecordedFromManyThreadsAtOnceAllArriveInOneUnbrokenChain() throws Exception {
		int threads = 16;
		int each = 50;
		String requestId = AuditTestSupport.newRequestId();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				int number = thread;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						this.log.record(entry(requestId, number, i));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.log.flush(Duration.ofSeconds(30))).isTrue();
		assertThat(this.support.entries(requestId)).hasSize(threads * each);
		Map<String, Object> chain = this.support.chain();
		assertThat(chain.get("gaps")).isEqualTo(0L);
		assertThat(chain.get("broken_links")).isEqualTo(0L);
		assertThat(chain.get("bad_hashes")).isEqualTo(0L);
	}

	private static NewAuditEntry entry(String requestId, int thread, int i) {
		return AuditEntries.entry(Instant.now(), new AuditEntries.Actor(null, "thread-" + thread, null),
				"test.concurrent", "item:" + i, null, Map.of("thread", thread, "i", i),
				new RequestFacts(requestId, null));
	}

	private int signIn(String username, String password, String requestId) {
		return this.support.postJson("/api/v1/auth/token", "{\"grant_type\":\"password\",\"username\":\"" + username
				+ "\",\"password\":\"" + password + "\"}", requestId).statusCode();
	}

	private static JsonNode detail(Map<String, Object> entry) {
		return AuditTestSupport.json((String) entry.get("detail"));
	}

}
