package io.keystonebi.etl.ghl.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.ObservationRegistry;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.ghl.client.GhlClients;
import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs whose process was killed: the job repository still shows them STARTED and their lease is no longer renewed.
 * A killed run is produced by a run that commits two pages of contacts and then fails, whose job repository rows,
 * sync status and lease are then set to what a process killed at that point leaves (the step execution context,
 * with the page cursor, is the same in both cases: as of the last committed chunk).
 */
@SyncIntegrationTest
// Closes its context (connection pool, lease renewer) after the class, so the suite holds fewer connections at once.
@DirtiesContext
class GhlSyncKilledRunIntegrationTests {

	static final GhlStub stub = SmallPagesStub.start();

	static final String JOB = SyncMode.FULL.jobName();

	@DynamicPropertySource
	static void stubUrl(DynamicPropertyRegistry registry) {
		SmallPagesStub.configure(registry, stub);
		registry.add("bi.etl.ghl.sync.lease-timeout", () -> "2m");
		// A call the stub holds must outlast the restart that takes its run over.
		registry.add("bi.etl.ghl.client.request-timeout", () -> "2m");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Autowired
	GhlSyncLauncher launcher;

	@Autowired
	GhlConnections connections;

	@Autowired
	Jdbi jdbi;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	@Qualifier("rollupRefreshStep")
	Step rollupRefreshStep;

	@Autowired
	GhlClients clients;

	@Autowired
	EtlProperties properties;

	@Autowired
	WarehouseChanges changes;

	@Test
	void aRunWhoseProcessWasKilledIsMarkedFailedAndResumedAfterItsLastCommittedPage() {
		StubControls data = stub.controls();
		data.generateContacts(18);
		data.generateOpportunities(9);
		data.generateExportMessages(12);
		OffsetDateTime runAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		connect("loc-clean");
		connect("loc-killed");
		assertThat(this.launcher.run(SyncMode.FULL, "loc-clean", runAt).status()).isEqualTo(BatchStatus.COMPLETED);
		long killed = killAfterTwoPagesOfContacts("loc-killed", runAt);
		repository().lease(JOB, "loc-killed", "gone#1", 3600);

		int before = stub.calls().size();
		SyncResult resumed = this.launcher.run(SyncMode.FULL, "loc-killed");

		assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
		// Resumed at the third page of contacts: three more pages (12 contacts, the last short), not all five.
		assertThat(stub.calls().subList(before, stub.calls().size()))
			.filteredOn((call) -> call.path().equals("/contacts/search"))
			.hasSize(3);
		for (String table : Rows.SYNCED_TABLES) {
			assertThat(Rows.comparable(checks(), table, "loc-killed")).as(table)
				.isEqualTo(Rows.comparable(checks(), table, "loc-clean"));
		}
		assertThat(checks().history("loc-killed")).isEqualTo(checks().history("loc-clean"));
		assertThat(checks().marks("loc-killed")).isEqualTo(checks().marks("loc-clean"));
		long restart = repository().lastExecution(JOB, "loc-killed");
		assertThat(repository().executions(JOB, "loc-killed")).containsExactly(killed + " FAILED",
				restart + " COMPLETED");
		assertThat(only(checks().status("loc-killed"))).containsEntry("last_run_status", "COMPLETED")
			.containsEntry("last_run_started_at", checks().status("loc-clean").get(0).get("last_run_started_at"));
		assertThat(repository().seenCount(restart)).isZero();
		assertThat(repository().leaseOwner(JOB, "loc-killed")).isEmpty();
	}

	@Test
	void aRunWhoseProcessStillRenewsItsLeaseIsLeftToIt() {
		stub.controls().generateContacts(18);
		OffsetDateTime runAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		connect("loc-busy");
		long running = killAfterTwoPagesOfContacts("loc-busy", runAt);
		repository().lease(JOB, "loc-busy", "elsewhere#1", 5);

		int before = stub.requests("loc-busy");
		SyncResult result = this.launcher.run(SyncMode.FULL, "loc-busy");

		assertThat(result.status()).isEqualTo(BatchStatus.STARTED);
		assertThat(result.error()).contains("elsewhere#1");
		assertThat(stub.requests("loc-busy")).isEqualTo(before);
		assertThat(repository().executions(JOB, "loc-busy")).containsExactly(running + " STARTED");
		assertThat(repository().leaseOwner(JOB, "loc-busy")).contains("elsewhere#1");
	}

	@Test
	void aKilledRunThatALaterRunOfItsKindSupersededIsAbandonedAndANewRunStarts() {
		stub.controls().generateContacts(18);
		OffsetDateTime runAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MILLIS);
		connect("loc-superseded");
		long killed = killAfterTwoPagesOfContacts("loc-superseded", runAt);
		// Another node, not knowing about the dead run, completed a full run after it started.
		this.jdbi.useHandle((handle) -> handle.execute(
				"update ghl_sync_status set last_full_finished_at = now() where location_source_id = 'loc-superseded'"));

		SyncResult result = this.launcher.run(SyncMode.FULL, "loc-superseded");

		assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
		long fresh = repository().lastExecution(JOB, "loc-superseded");
		assertThat(repository().executions(JOB, "loc-superseded")).containsExactly(killed + " ABANDONED",
				fresh + " COMPLETED");
		assertThat(checks().rows("contacts", "loc-superseded")).hasSize(18);
		assertThat(repository().seenCount(killed)).isZero();
	}

	@Test
	void aProcessThatLostItsLeaseButLivesOnCannotCommitAnythingOnceItsRunWasTakenOver() throws Exception {
		StubControls data = stub.controls();
		List<ObjectNode> contacts = data.generateContacts(18);
		OffsetDateTime runAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		connect("loc-cut-off-clean");
		connect("loc-cut-off");
		assertThat(this.launcher.run(SyncMode.FULL, "loc-cut-off-clean", runAt).status())
			.isEqualTo(BatchStatus.COMPLETED);
		// Another process whose renewals never reach the database: its lease lapses while its run waits on GHL.
		ExecutorService elsewhere = Executors.newSingleThreadExecutor();
		try (GhlSyncLauncher cutOff = new GhlSyncLauncher(this.jobOperator, this.jobRepository,
				new SyncJobFactory(this.jobRepository, this.transactionManager, this.rollupRefreshStep, this.changes,
						ObservationRegistry.NOOP),
				new SyncLeases(this.jdbi, Duration.ofHours(1)), this.clients, this.jdbi, this.properties.ghl().sync(),
				Clock.systemUTC())) {
			stub.hangAfter("/contacts/search", 2);
			Future<SyncResult> stale = elsewhere.submit(() -> cutOff.run(SyncMode.FULL, "loc-cut-off", runAt));
			assertThat(stub.awaitHanging(Duration.ofSeconds(30))).isTrue();
			assertThat(repository().ageLease(JOB, "loc-cut-off", 3600)).isOne();
			long taken = repository().lastExecution(JOB, "loc-cut-off");

			assertThat(this.launcher.run(SyncMode.FULL, "loc-cut-off").status()).isEqualTo(BatchStatus.COMPLETED);
			// GHL now answers the held call, with contacts changed since: the old process writes them, but its
			// chunk cannot commit.
			data.contacts(contacts.stream().map((contact) -> contact.deepCopy().put("email", "late@example.com")).toList());
			stub.release();
			assertThat(stale.get(60, TimeUnit.SECONDS).status()).isNotEqualTo(BatchStatus.COMPLETED);

			for (String table : Rows.SYNCED_TABLES) {
				assertThat(Rows.comparable(checks(), table, "loc-cut-off")).as(table)
					.isEqualTo(Rows.comparable(checks(), table, "loc-cut-off-clean"));
			}
			assertThat(only(checks().status("loc-cut-off"))).containsEntry("last_run_status", "COMPLETED");
			long restart = repository().lastExecution(JOB, "loc-cut-off");
			assertThat(repository().executions(JOB, "loc-cut-off")).hasSize(2)
				.last()
				.isEqualTo(restart + " COMPLETED");
			assertThat(repository().executions(JOB, "loc-cut-off").get(0)).startsWith(taken + " ")
				.isNotEqualTo(taken + " COMPLETED");
		}
		finally {
			stub.release();
			elsewhere.shutdownNow();
		}
	}

	/**
	 * Runs the location's full sync until two pages of contacts are committed, and leaves the repository, the
	 * sync status and the lease as a process killed at that point would.
	 * @return the killed execution's id
	 */
	private long killAfterTwoPagesOfContacts(String location, OffsetDateTime runAt) {
		stub.failAfter("/contacts/search", 2, 503);
		try {
			assertThat(this.launcher.run(SyncMode.FULL, location, runAt).status()).isEqualTo(BatchStatus.FAILED);
		}
		finally {
			stub.stopFailing();
		}
		assertThat(checks().rows("contacts", location)).hasSize(8);
		long execution = repository().lastExecution(JOB, location);
		assertThat(repository().leaveRunning(execution)).isOne();
		repository().leaveStatusRunning(location);
		assertThat(repository().executions(JOB, location)).containsExactly(execution + " STARTED");
		return execution;
	}

	private void connect(String location) {
		this.connections.connectPrivateIntegration(location, "company",
				stub.controls().privateIntegrationToken(location, "company"));
	}

	private SyncChecks checks() {
		return this.jdbi.onDemand(SyncChecks.class);
	}

	private RunRepository repository() {
		return this.jdbi.onDemand(RunRepository.class);
	}

	private static Map<String, Object> only(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
