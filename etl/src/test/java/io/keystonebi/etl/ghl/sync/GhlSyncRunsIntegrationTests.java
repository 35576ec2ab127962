package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Isolation;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental reads, deletions, restarts and locations side by side, on generated data (record i updated at
 * {@code StubControls.updatedAt(i)}). Each test uses its own locations; the stub serves the same data to all.
 */
@SyncIntegrationTest
class GhlSyncRunsIntegrationTests {

	static final GhlStub stub = SmallPagesStub.start();

	@DynamicPropertySource
	static void stubUrl(DynamicPropertyRegistry registry) {
		SmallPagesStub.configure(registry, stub);
		registry.add("bi.etl.ghl.sync.overlap", () -> "3s");
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
	BatchJdbcProperties batchProperties;

	@Test
	void anIncrementalRunReadsOnlyWhatChangedSinceTheMarkMinusTheOverlap() {
		StubControls data = stub.controls();
		data.generateContacts(10);
		connect("loc-incremental");
		assertThat(run(SyncMode.FULL, "loc-incremental").status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(marks("loc-incremental")).contains("contacts=" + StubControls.updatedAt(9));

		int before = stub.calls().size();
		assertThat(run(SyncMode.INCREMENTAL, "loc-incremental").status()).isEqualTo(BatchStatus.COMPLETED);

		// Mark 9 s minus 3 s overlap: contacts 6 to 9 are read again, one page of four.
		List<String> ranges = stub.calls()
			.subList(before, stub.calls().size())
			.stream()
			.filter((call) -> call.path().equals("/contacts/search"))
			.map((call) -> call.body().path("filters").get(0).path("value").path("gte").asString())
			.toList();
		assertThat(ranges).isNotEmpty().allMatch((gte) -> gte.equals(StubControls.updatedAt(6).toString()));
		assertThat(count(SyncMode.INCREMENTAL, "loc-incremental")).isEqualTo(1);
		assertThat(only(checks().status("loc-incremental")).get("last_incremental_finished_at")).isNotNull();
	}

	@Test
	void aFullRunMarksDeletedWhatGhlNoLongerListsAndNothingElse() {
		StubControls data = stub.controls();
		data.generateContacts(6);
		data.generateUsers(3);
		connect("loc-deletes");
		assertThat(run(SyncMode.FULL, "loc-deletes").status()).isEqualTo(BatchStatus.COMPLETED);

		data.generateContacts(4);
		data.generateUsers(2);
		assertThat(run(SyncMode.FULL, "loc-deletes").status()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(deleted("contacts", "loc-deletes")).isEqualTo("c000004, c000005");
		assertThat(deleted("users", "loc-deletes")).isEqualTo("u000002");
		assertThat(checks().rows("contacts", "loc-deletes")).hasSize(6);
	}

	@Test
	void aRunThatFailsMidWayAndIsRestartedEndsWithTheRowsOfACleanRun() {
		StubControls data = stub.controls();
		data.generateContacts(18);
		data.generateOpportunities(9);
		data.generateExportMessages(12);
		OffsetDateTime runAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		connect("loc-clean");
		connect("loc-crash");
		assertThat(this.launcher.run(SyncMode.FULL, "loc-clean", runAt).status()).isEqualTo(BatchStatus.COMPLETED);

		// Two pages of contacts get through, then GHL fails until told otherwise.
		stub.failAfter("/contacts/search", 2, 503);
		SyncResult failed = this.launcher.run(SyncMode.FULL, "loc-crash", runAt);
		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(checks().rows("contacts", "loc-crash")).hasSize(8);
		assertThat(only(checks().status("loc-crash"))).containsEntry("last_run_status", "FAILED");
		stub.stopFailing();

		int before = stub.calls().size();
		assertThat(this.launcher.run(SyncMode.FULL, "loc-crash").status()).isEqualTo(BatchStatus.COMPLETED);
		// Resumed at the third page: three more pages (12 contacts, the last short) and not the first two again.
		assertThat(stub.calls().subList(before, stub.calls().size()))
			.filteredOn((call) -> call.path().equals("/contacts/search"))
			.hasSize(3);
		for (String table : List.of("users", "pipelines", "tags", "custom_fields", "contacts", "opportunities",
				"appointments", "tasks", "notes", "conversations", "messages")) {
			assertThat(comparable(table, "loc-crash")).as(table).isEqualTo(comparable(table, "loc-clean"));
		}
		assertThat(checks().history("loc-crash")).isEqualTo(checks().history("loc-clean"));
		assertThat(checks().marks("loc-crash")).isEqualTo(checks().marks("loc-clean"));
	}

	@Test
	void locationsSyncSideBySideEachWithinItsOwnBudget() {
		StubControls data = stub.controls();
		data.generateContacts(40);
		connect("loc-side-a");
		connect("loc-side-b");

		List<SyncResult> results = this.launcher.runAll(SyncMode.FULL);

		assertThat(results).as(results.toString()).filteredOn((result) -> result.locationSourceId().startsWith("loc-side"))
			.extracting(SyncResult::status)
			.containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED);
		assertThat(stub.busiestWindow("loc-side-a")).isBetween(1, 12);
		assertThat(stub.busiestWindow("loc-side-b")).isBetween(1, 12);
		assertThat(stub.rateLimited()).isZero();
		assertThat(checks().rows("contacts", "loc-side-a")).hasSize(40);
		assertThat(checks().rows("contacts", "loc-side-b")).hasSize(40);
	}

	@Test
	void runsCreateTheirExecutionsReadCommittedSoRunsSideBySideDoNotFailEachOther() {
		// Serializable (Spring Batch's default) failed one of two locations' runs now and then, at a step's start.
		assertThat(this.batchProperties.getIsolationLevelForCreate()).isEqualTo(Isolation.READ_COMMITTED);
	}

	private SyncResult run(SyncMode mode, String location) {
		return this.launcher.run(mode, location);
	}

	private void connect(String location) {
		this.connections.connectPrivateIntegration(location, "company",
				stub.controls().privateIntegrationToken(location, "company"));
	}

	private SyncChecks checks() {
		return this.jdbi.onDemand(SyncChecks.class);
	}

	private List<String> marks(String location) {
		return checks().marks(location).stream().map((mark) -> mark.replace(".000Z", "Z")).toList();
	}

	private long count(SyncMode mode, String location) {
		return only(checks().status(location)).get("last_run_kind").equals(mode.kind()) ? 1 : 0;
	}

	private String deleted(String table, String location) {
		return checks().rows(table, location)
			.stream()
			.filter((row) -> row.get("deleted_at") != null)
			.map((row) -> (String) row.get("source_id"))
			.collect(Collectors.joining(", "));
	}

	// Warehouse ids and load times differ between two locations' rows; everything GHL sent must not.
	private List<Map<String, Object>> comparable(String table, String location) {
		return checks().rows(table, location).stream().map((row) -> {
			// Arrays come back as driver objects without equals: compare their text.
			Map<String, Object> kept = new java.util.TreeMap<>();
			row.forEach((column, value) -> kept.put(column, String.valueOf(value)));
			kept.keySet().removeIf((column) -> column.equals("id") || column.equals("loaded_at")
					|| (column.endsWith("_id") && !column.endsWith("source_id") && !column.equals("lost_reason_id")));
			return kept;
		}).toList();
	}

	private static Map<String, Object> only(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
