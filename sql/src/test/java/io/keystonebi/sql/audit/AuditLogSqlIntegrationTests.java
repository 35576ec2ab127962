package io.keystonebi.sql.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.test.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit table on a real PostgreSQL, as the test's superuser: the chain the trigger builds, checked against
 * hashes this test computes itself from the documented canonical form, and the guards against change.
 */
class AuditLogSqlIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final byte[] GENESIS = new byte[32];

	private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T10:15:30.123456Z");

	private Jdbi jdbi;

	private AuditLogSql audit;

	@BeforeEach
	void emptyLog() {
		String url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(url, null, null).load().migrate();
		this.jdbi = Jdbi.create(url).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
		this.audit = this.jdbi.onDemand(AuditLogSql.class);
	}

	@Test
	void theFirstEntryChainsFromTheGenesisValueAndEachHashCoversThePreviousHashAndTheCanonicalForm() throws Exception {
		this.audit.appendAll(List.of(
				new NewAuditEntry(AT, 7L, "dana", "admin", "data.read", "GET /api/v1/dashboard/summary", "all",
						"{\"status\":200,\"query\":\"range=30d\"}", "req-1", "10.0.0.1"),
				new NewAuditEntry(AT.plusSeconds(1), null, null, null, "sign_in.failed", null, null, "{}", null,
						null)));
		List<Map<String, Object>> rows = rows();
		// jsonb writes keys sorted (shorter first), with ", " and ": " between items.
		String first = "[1, \"2026-03-01T10:15:30.123456Z\", 7, \"dana\", \"admin\", \"data.read\", "
				+ "\"GET /api/v1/dashboard/summary\", \"all\", {\"query\": \"range=30d\", \"status\": 200}, "
				+ "\"req-1\", \"10.0.0.1\"]";
		String second = "[2, \"2026-03-01T10:15:31.123456Z\", null, null, null, \"sign_in.failed\", null, null, {}, "
				+ "null, null]";
		byte[] firstHash = sha256(GENESIS, first);
		assertThat(rows).hasSize(2);
		assertThat((byte[]) rows.get(0).get("prev_hash")).isEqualTo(GENESIS);
		assertThat((byte[]) rows.get(0).get("hash")).isEqualTo(firstHash);
		assertThat((byte[]) rows.get(1).get("prev_hash")).isEqualTo(firstHash);
		assertThat((byte[]) rows.get(1).get("hash")).isEqualTo(sha256(firstHash, second));
		assertThat(this.audit.firstBreak()).isEmpty();
	}

	@Test
	void updatesDeletesAndTruncationAreRefusedWhoeverAsks() {
		this.audit.appendAll(List.of(entry("data.read", "dana")));
		assertThatThrownBy(() -> execute("update"))
			.hasMessageContaining("audit_log is append-only: UPDATE is not allowed");
		assertThatThrownBy(() -> execute("delete"))
			.hasMessageContaining("audit_log is append-only: DELETE is not allowed");
		assertThatThrownBy(() -> execute("truncate"))
			.hasMessageContaining("audit_log is append-only: TRUNCATE is not allowed");
		assertThat(rows()).singleElement().satisfies((row) -> assertThat(row.get("action")).isEqualTo("data.read"));
	}

	@Test
	void appendsFromManyConnectionsAtOnceKeepOneUnbrokenChain() throws Exception {
		int writers = 8;
		int batches = 25;
		int batchSize = 4;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				String name = "writer-" + writer;
				done.add(pool.submit(() -> {
					for (int batch = 0; batch < batches; batch++) {
						// A fresh object each time: each batch takes its own connection, as a separate node would.
						this.jdbi.onDemand(AuditLogSql.class).appendAll(IntStream.range(0, batchSize)
							.mapToObj((i) -> entry("data.read", name)).toList());
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
		List<Map<String, Object>> rows = rows();
		assertThat(rows).hasSize(writers * batches * batchSize);
		byte[] previous = GENESIS;
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			assertThat(row.get("id")).isEqualTo((long) i + 1);
			assertThat((byte[]) row.get("prev_hash")).isEqualTo(previous);
			assertThat((byte[]) row.get("hash")).isEqualTo(sha256(previous, canonical(row)));
			previous = (byte[]) row.get("hash");
		}
		assertThat(this.audit.firstBreak()).isEmpty();
		assertThat(this.audit.extent().lastHash()).isEqualTo(previous);
	}

	@Test
	void aChangedEntryIsTheFirstBreak() {
		appendFive();
		script("tamper", 3);
		assertThat(this.audit.firstBreak()).contains(new ChainBreak(3, "contents_changed", 2L));
	}

	@Test
	void aChangedEntryWhoseOwnHashWasRecomputedBreaksTheLinkToTheNextOne() {
		appendFive();
		script("tamperAndRehash", 3);
		assertThat(this.audit.firstBreak()).contains(new ChainBreak(4, "link_broken", 3L));
	}

	@Test
	void aRemovedEntryShowsAsMissing() {
		appendFive();
		script("remove", 4);
		assertThat(this.audit.firstBreak()).contains(new ChainBreak(5, "entries_missing", 3L));
		assertThat(this.audit.extent()).satisfies((extent) -> {
			assertThat(extent.entries()).isEqualTo(4);
			assertThat(extent.firstId()).isEqualTo(1);
			assertThat(extent.lastId()).isEqualTo(5);
		});
	}

	@Test
	void searchFiltersByActorActionTimeAndTextNewestFirstAndPagesByKey() {
		this.audit.appendAll(List.of(
				new NewAuditEntry(AT, 1L, "Dana", "admin", "sign_in.succeeded", "account:1", null, "{}", "r1", null),
				new NewAuditEntry(AT.plusHours(1), 2L, "ben", "agent", "data.read", "GET /a", "agent:9",
						"{\"query\": \"q=50%_off\"}", "r2", null),
				new NewAuditEntry(AT.plusHours(2), 1L, "dana", "admin", "sign_in_extra.x", null, null, "{}", "r3", null),
				new NewAuditEntry(AT.plusHours(3), 1L, "dana", "admin", "sign_in.failed", null, null, "{}", "r4", null)));
		assertThat(ids(this.audit.search("DANA", null, null, null, null, null, 10))).containsExactly(4L, 3L, 1L);
		assertThat(ids(this.audit.search(null, "sign_in", null, null, null, null, 10))).containsExactly(4L, 1L);
		assertThat(ids(this.audit.search(null, "sign_in.failed", null, null, null, null, 10))).containsExactly(4L);
		assertThat(ids(this.audit.search(null, null, AT.plusHours(1), AT.plusHours(3), null, null, 10)))
			.containsExactly(3L, 2L);
		assertThat(ids(this.audit.search(null, null, null, null, "50%_OFF", null, 10))).containsExactly(2L);
		assertThat(ids(this.audit.search(null, null, null, null, "%", null, 10))).containsExactly(2L);
		assertThat(ids(this.audit.search(null, null, null, null, null, null, 2))).containsExactly(4L, 3L);
		assertThat(ids(this.audit.search(null, null, null, null, null, 3L, 2))).containsExactly(2L, 1L);
		assertThat(this.audit.search(null, null, null, null, "agent:9", null, 10)).singleElement()
			.satisfies((row) -> {
				assertThat(row.detail()).isEqualTo("{\"query\": \"q=50%_off\"}");
				assertThat(row.occurredAt().toInstant()).isEqualTo(AT.plusHours(1).toInstant());
			});
	}

	private void appendFive() {
		this.audit.appendAll(IntStream.range(0, 5).mapToObj((i) -> entry("data.read", "dana")).toList());
		assertThat(this.audit.firstBreak()).isEmpty();
	}

	private void execute(String name) {
		this.jdbi.useHandle((handle) -> handle.execute(SQL.locate(AuditLogSqlIntegrationTests.class, name)));
	}

	private void script(String name, long id) {
		this.jdbi.useHandle((handle) -> handle.createScript(SQL.locate(AuditLogSqlIntegrationTests.class, name))
			.define("id", id)
			.execute());
	}

	private List<Map<String, Object>> rows() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(SQL.locate(AuditLogSqlIntegrationTests.class,
				"rows")).mapToMap().list());
	}

	private static NewAuditEntry entry(String action, String username) {
		return new NewAuditEntry(OffsetDateTime.now(), 3L, username, "agent", action, "GET /api/v1/x", "agent:3",
				"{}", "req", "127.0.0.1");
	}

	private static List<Long> ids(List<AuditEntryRow> rows) {
		return rows.stream().map(AuditEntryRow::id).toList();
	}

	// The documented form, for rows whose text holds no character JSON would escape.
	private static String canonical(Map<String, Object> row) {
		List<String> parts = new ArrayList<>();
		for (String column : List.of("id", "occurred_at", "actor_account_id", "actor_username", "actor_role",
				"action", "resource", "scope", "detail", "request_id", "client_address")) {
			Object value = row.get(column);
			parts.add((value == null) ? "null" : (value instanceof String text && !column.equals("detail"))
					? "\"" + text + "\"" : value.toString());
		}
		return "[" + String.join(", ", parts) + "]";
	}

	private static byte[] sha256(byte[] previous, String canonical) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(previous);
		sha.update(canonical.getBytes(StandardCharsets.UTF_8));
		return sha.digest();
	}

}
