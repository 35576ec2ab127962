package io.keystonebi.api.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * Calls the running application over HTTP with a request id of the test's choosing, and reads the audit table
 * with the tests' own SQL. Entries are written after the answer is sent, so readers wait for them.
 */
final class AuditTestSupport {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Jdbi jdbi;

	AuditTestSupport(ApplicationContext context, int port) {
		this.base = "http://127.0.0.1:" + port;
		this.jdbi = context.getBean(Jdbi.class);
	}

	/** @return a request id no other request uses */
	static String newRequestId() {
		return "audit-test-" + UUID.randomUUID();
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/**
	 * @param pathAndQuery what to get
	 * @param credential {@code Bearer ...} for the API, a {@code KEYSTONE_SESSION=...} cookie for pages, or null
	 * @param requestId the request id to send
	 * @return the answer
	 */
	HttpResponse<String> get(String pathAndQuery, String credential, String requestId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.header("X-Request-Id", requestId);
		if (credential != null) {
			request.header(credential.startsWith("Bearer ") ? "Authorization" : "Cookie", credential);
		}
		return send(request.build());
	}

	HttpResponse<String> postJson(String path, String json, String requestId) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** @return the entries made in the request, once there are at least {@code count} */
	List<Map<String, Object>> awaitEntries(String requestId, int count) {
		return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
			.until(() -> entries(requestId), (entries) -> entries.size() >= count);
	}

	List<Map<String, Object>> entries(String requestId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("byRequestId")).bind("requestId", requestId)
			.mapToMap().list());
	}

	/** @return the warehouse user agent accounts are tied to, made if need be */
	long agentUserId() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("agentUser")).mapTo(Long.class).one());
	}

	/** @return a team in the agent's location for manager accounts, made if need be */
	long teamId() {
		agentUserId();
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("team")).mapTo(Long.class).one());
	}

	/** @return entries, gaps, broken_links and bad_hashes of the whole table, by the tests' own SQL */
	Map<String, Object> chain() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("chain")).mapToMap().one());
	}

	long countUpTo(long lastId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("countUpTo")).bind("lastId", lastId)
			.mapTo(Long.class).one());
	}

	List<Long> idsOf(String username) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("byActor")).bind("username", username)
			.mapTo(Long.class).list());
	}

	long webSignIns(String username) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("webSignIns")).bind("username", username)
			.mapTo(Long.class).one());
	}

	long mentions(String text) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("mentions")).bind("text", text)
			.mapTo(Long.class).one());
	}

	/** Runs one of the scripts that act on entry {@code id} as the table's owner. */
	void script(String name, long id) {
		this.jdbi.useHandle((handle) -> handle.createScript(sql(name)).define("id", id).execute());
	}

	/** Runs one statement on entry {@code id}. */
	void execute(String name, long id) {
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql(name)).bind("id", id).execute());
	}

	private static String sql(String name) {
		return SQL.locate(AuditTestSupport.class, name);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
