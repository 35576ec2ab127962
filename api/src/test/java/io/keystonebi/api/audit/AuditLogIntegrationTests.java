package io.keystonebi.api.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.audit.NewAuditEntry;
import io.keystonebi.sql.test.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer on its own, over a fresh database: what it does when stopped, when full and when an entry is bad. */
class AuditLogIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private Jdbi jdbi;

	@BeforeEach
	void emptyLog() {
		String url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(url, null, null).load().migrate();
		this.jdbi = Jdbi.create(url).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
	}

	@Test
	void stoppingWritesEveryEntryStillQueued() throws Exception {
		AuditLog log = new AuditLog(new AuditBatchWriter(this.jdbi), 10_000, 50, Duration.ofSeconds(2),
				Duration.ofSeconds(30));
		IntStream.range(0, 2000).forEach((i) -> log.record(entry("test.stop")));
		log.destroy();
		assertThat(actions()).hasSize(2000);
		// Recorded after the stop: written at once by the recording thread.
		log.record(entry("test.late"));
		assertThat(actions()).hasSize(2001).last().isEqualTo("test.late");
	}

	@Test
	void aFullQueueRefusesAfterTheWaitAndLosesNothingItTook() throws Exception {
		AuditLog log = new AuditLog(new AuditBatchWriter(this.jdbi), 3, 10, Duration.ofMillis(200),
				Duration.ofSeconds(30));
		try (Handle holder = this.jdbi.open()) {
			holder.createQuery(sql("holdChainLock")).mapTo(String.class).one();
			IntStream.range(0, 3).forEach((i) -> log.record(entry("test.queued")));
			assertThatThrownBy(() -> log.record(entry("test.refused")))
				.isInstanceOf(AuditLogUnavailableException.class).hasMessageContaining("queue stayed full for 200 ms");
			holder.createQuery(sql("releaseChainLock")).mapTo(Boolean.class).one();
		}
		assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
		log.record(entry("test.after"));
		log.destroy();
		assertThat(actions()).containsExactly("test.queued", "test.queued", "test.queued", "test.after");
	}

	@Test
	void anEntryTheDatabaseRefusesIsReplacedByOneSayingSoAndTheRestAreWritten() throws Exception {
		AuditLog log = new AuditLog(new AuditBatchWriter(this.jdbi), 100, 10, Duration.ofSeconds(2),
				Duration.ofSeconds(30));
		try (Handle holder = this.jdbi.open()) {
			// Holding appends back queues the bad entry in one batch with a good one.
			holder.createQuery(sql("holdChainLock")).mapTo(String.class).one();
			log.record(entry("test.before"));
			log.record(new NewAuditEntry(Instant.now().atOffset(ZoneOffset.UTC), null, null, null,
					"test.bad", null, null, "{not json", null, null));
			log.record(entry("test.after"));
			holder.createQuery(sql("releaseChainLock")).mapTo(Boolean.class).one();
		}
		log.destroy();
		assertThat(actions()).containsExactly("test.before", "audit.entry_refused", "test.after");
	}

	private List<String> actions() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("actions")).mapTo(String.class).list());
	}

	private static NewAuditEntry entry(String action) {
		return AuditEntries.entry(Instant.now(), null, action, null, null, Collections.<String, Object>emptyMap(),
				new RequestFacts(null, null));
	}

	private static String sql(String name) {
		return SQL.locate(AuditLogIntegrationTests.class, name);
	}

}
