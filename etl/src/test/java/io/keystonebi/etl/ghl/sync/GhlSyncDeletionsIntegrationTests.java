package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;
import io.keystonebi.sql.ghl.warehouse.AppointmentRow;
import io.keystonebi.sql.ghl.warehouse.AppointmentsSql;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a full sync marks deleted besides the objects it reads in full: appointments within the time it reads,
 * pipeline stages, and custom field values. The test suite's appointment window reaches 400 days back and 30
 * days forward from the run.
 */
@SyncIntegrationTest
// Closes its context (connection pool, lease renewer) after the class, so the suite holds fewer connections at once.
@DirtiesContext
class GhlSyncDeletionsIntegrationTests {

	static final GhlStub stub = GhlStub.start();

	static final String LOCATION = "loc-deletions";

	static final String CALENDAR = "BqTwX8QFwXzpegMve9EQ";

	static final String PIPELINE = "VDm7RPYC2GLUvdpKmBfC";

	/** The stage the sample opportunity is in, with its stage history. */
	static final String QUALIFIED = "e93ba61a-53b3-45e7-985a-c7732dbcdb69";

	static final String MEMBERSHIP_TIER = "MgobCB14YMVKuE4Ka8p1";

	@DynamicPropertySource
	static void stubUrl(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.client.base-url", () -> stub.baseUrl().toString());
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

	@Test
	void aFullSyncMarksDeletedTheAppointmentsStagesAndCustomFieldValuesGhlNoLongerHasAndNothingElse() {
		StubControls data = stub.controls();
		ObjectNode kept = (ObjectNode) Samples.first("api-calendar-events-get.json", "events");
		ObjectNode cancelled = kept.deepCopy()
			.put("id", "apptGone000000000001")
			.put("title", "Follow-up - Jane Doe")
			.put("startTime", "2026-06-01T10:00:00-05:00")
			.put("endTime", "2026-06-01T10:30:00-05:00");
		data.events(List.of(kept, cancelled));
		connect(LOCATION);
		OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		assertThat(this.launcher.run(SyncMode.FULL, LOCATION, first).status()).isEqualTo(BatchStatus.COMPLETED);
		// An appointment outside the time a sync reads (written by a webhook, or by a sync with another window).
		long location = this.jdbi.onDemand(LocationsSql.class).ensure(LOCATION);
		OffsetDateTime longAgo = OffsetDateTime.parse("2024-03-04T15:00:00Z");
		this.jdbi.onDemand(AppointmentsSql.class)
			.upsert(new AppointmentRow(location, "apptOld0000000000001", CALENDAR, null, null, "Old consultation",
					"showed", longAgo, longAgo.plusMinutes(30), longAgo.minusDays(3), longAgo, null));
		assertThat(checks().stageStates(LOCATION)).doesNotContain(PIPELINE + "/" + QUALIFIED + " Qualified @1 deleted");
		assertThat(checks().customValueStates(LOCATION)).containsExactly(
				"contact nmFmQEsNgz6AVpgLVUJ0 " + MEMBERSHIP_TIER + " = \"Gold\"",
				"opportunity yWQobCRIhRguQtD2llvk " + MEMBERSHIP_TIER + " = \"High Priority\"");
		Map<String, List<Map<String, String>>> before = snapshot(first);
		List<String> historyBefore = checks().history(LOCATION);

		// In GHL: the follow-up is deleted, the Qualified stage removed from the pipeline (the opportunity and its
		// history still name it), and the contact's membership tier cleared.
		data.events(List.of(kept));
		ObjectNode pipeline = (ObjectNode) Samples.first("api-pipelines-get.json", "pipelines");
		ArrayNode stages = pipeline.withArray("stages");
		for (int i = stages.size() - 1; i >= 0; i--) {
			if (QUALIFIED.equals(stages.get(i).path("id").asString())) {
				stages.remove(i);
			}
		}
		data.pipelines(List.of(pipeline));
		ObjectNode contact = (ObjectNode) Samples.first("api-contacts-search-response.json", "contacts");
		ArrayNode values = contact.withArray("customFields");
		for (int i = values.size() - 1; i >= 0; i--) {
			if (MEMBERSHIP_TIER.equals(values.get(i).path("id").asString())) {
				values.remove(i);
			}
		}
		data.contacts(List.of(contact));
		OffsetDateTime second = first.plusMinutes(5);
		assertThat(this.launcher.run(SyncMode.FULL, LOCATION, second).status()).isEqualTo(BatchStatus.COMPLETED);

		Map<String, Object> gone = checks().rows("appointments", LOCATION)
			.stream()
			.filter((row) -> row.get("source_id").equals("apptGone000000000001"))
			.findFirst()
			.orElseThrow();
		assertThat(GhlFullSyncSamplesIntegrationTests.time(gone, "deleted_at")).isEqualTo(second);
		assertThat(checks().stageStates(LOCATION)).containsExactly(
				PIPELINE + "/5a1c7d2e-0b8f-4c55-9f0e-1d2a3b4c5d01 New Lead @0",
				PIPELINE + "/" + QUALIFIED + " Qualified @1 deleted",
				PIPELINE + "/7915dedc-8f18-44d5-8bc3-77c04e994a10 Proposal Sent @2",
				PIPELINE + "/c2b6f0a4-3e1d-4f7a-8b9c-0d1e2f3a4b5c Treatment Booked @3");
		assertThat(checks().customValueStates(LOCATION)).containsExactly(
				"contact nmFmQEsNgz6AVpgLVUJ0 " + MEMBERSHIP_TIER + " = \"Gold\" deleted",
				"opportunity yWQobCRIhRguQtD2llvk " + MEMBERSHIP_TIER + " = \"High Priority\"");
		// Nothing else changed: every other row as it was, the opportunity still in its (deleted) stage, its
		// history whole, and the appointment outside the time read not deleted.
		Map<String, List<Map<String, String>>> after = snapshot(second);
		for (String table : Rows.SYNCED_TABLES) {
			Set<String> changed = table.equals("appointments") ? Set.of("apptGone000000000001") : Set.of();
			assertThat(Rows.except(after.get(table), changed)).as(table)
				.isEqualTo(Rows.except(before.get(table), changed));
		}
		assertThat(checks().history(LOCATION)).isEqualTo(historyBefore)
			.contains("yWQobCRIhRguQtD2llvk: stage " + QUALIFIED + " @ 2024-06-06T18:54:57.221Z");
		assertThat(checks().rows("opportunities", LOCATION)).singleElement()
			.satisfies((row) -> assertThat(row.get("deleted_at")).isNull());
		String opportunityStage = this.jdbi.withHandle((handle) -> handle
			.createQuery("select s.source_id from opportunities o join pipeline_stages s on s.id = o.stage_id "
					+ "where o.source_id = 'yWQobCRIhRguQtD2llvk'")
			.mapTo(String.class)
			.one());
		assertThat(opportunityStage).isEqualTo(QUALIFIED);

		// The stage back in GHL, the value set again: both come back.
		data.pipelines(List.of((ObjectNode) Samples.first("api-pipelines-get.json", "pipelines")));
		data.contacts(List.of((ObjectNode) Samples.first("api-contacts-search-response.json", "contacts")));
		assertThat(this.launcher.run(SyncMode.FULL, LOCATION, second.plusMinutes(5)).status())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(checks().stageStates(LOCATION)).noneMatch((stage) -> stage.endsWith(" deleted"));
		assertThat(checks().customValueStates(LOCATION)).noneMatch((value) -> value.endsWith(" deleted"));
	}

	private Map<String, List<Map<String, String>>> snapshot(OffsetDateTime runAt) {
		Map<String, List<Map<String, String>>> tables = new HashMap<>();
		for (String table : Rows.SYNCED_TABLES) {
			tables.put(table, new ArrayList<>(Rows.comparable(checks(), table, LOCATION, runAt)));
		}
		return tables;
	}

	private void connect(String location) {
		this.connections.connectPrivateIntegration(location, "company",
				stub.controls().privateIntegrationToken(location, "company"));
	}

	private SyncChecks checks() {
		return this.jdbi.onDemand(SyncChecks.class);
	}

}
