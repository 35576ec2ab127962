package io.keystonebi.etl.ghl.sync;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.changes.ChangeRecorder;
import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sync run reports changed: its location, for every committed step or chunk that wrote warehouse rows, and
 * nothing for a run that wrote none.
 */
@SyncIntegrationTest
@Import(ChangeRecorder.class)
class GhlSyncChangesIntegrationTests {

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
	ChangeRecorder changes;

	@Test
	void aRunThatWroteRowsReportsItsLocationAndNoOther() {
		StubControls data = stub.controls();
		data.generateContacts(10);
		data.generateOpportunities(4);
		connect("loc-changes-a");
		connect("loc-changes-b");

		this.changes.clear();

		run(SyncMode.FULL, "loc-changes-a");

		assertThat(this.changes.locations()).containsExactly(locationId("loc-changes-a"));
	}

	@Test
	void aRunThatWroteNothingReportsNothing() {
		StubControls data = stub.controls();
		data.generateContacts(10);
		connect("loc-nothing");
		run(SyncMode.FULL, "loc-nothing");
		this.changes.clear();

		// The location's name and zone are as stored; the first listing after them fails.
		stub.failAfter("/users/search", 0, 503);
		try {
			assertThat(this.launcher.run(SyncMode.INCREMENTAL, "loc-nothing").status()).isEqualTo(BatchStatus.FAILED);
		}
		finally {
			stub.stopFailing();
		}

		assertThat(this.changes.changes()).isEmpty();
	}

	@Test
	void aRunThatFailsMidWayReportsWhatItsCommittedChunksWrote() {
		StubControls data = stub.controls();
		data.generateContacts(18);
		connect("loc-half");
		this.changes.clear();
		stub.failAfter("/contacts/search", 2, 503);
		try {
			assertThat(this.launcher.run(SyncMode.FULL, "loc-half").status()).isEqualTo(BatchStatus.FAILED);
		}
		finally {
			stub.stopFailing();
		}

		assertThat(this.changes.locations()).containsExactly(locationId("loc-half"));
	}

	@Test
	void anIncrementalRunThatBringsAChangedContactReportsItsLocation() {
		StubControls data = stub.controls();
		List<ObjectNode> contacts = data.generateContacts(10);
		connect("loc-edited");
		run(SyncMode.FULL, "loc-edited");
		this.changes.clear();

		ObjectNode edited = contacts.get(9).deepCopy().put("email", "edited@example.com")
			.put("dateUpdated", StubControls.updatedAt(9).plusMillis(500).toString());
		data.contacts(List.of(contacts.get(0), contacts.get(1), contacts.get(2), contacts.get(3), contacts.get(4),
				contacts.get(5), contacts.get(6), contacts.get(7), contacts.get(8), edited));
		run(SyncMode.INCREMENTAL, "loc-edited");

		assertThat(this.changes.locations()).containsExactly(locationId("loc-edited"));
	}

	private long locationId(String sourceId) {
		return this.jdbi.onDemand(LocationsSql.class).ensure(sourceId);
	}

	private void run(SyncMode mode, String location) {
		assertThat(this.launcher.run(mode, location).status()).isEqualTo(BatchStatus.COMPLETED);
	}

	private void connect(String location) {
		this.connections.connectPrivateIntegration(location, "company",
				stub.controls().privateIntegrationToken(location, "company"));
	}

}
