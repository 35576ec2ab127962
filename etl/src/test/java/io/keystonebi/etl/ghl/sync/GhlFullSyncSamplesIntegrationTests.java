package io.keystonebi.etl.ghl.sync;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API sample the stub serves, through the real full sync, checked against the sample files. */
@SyncIntegrationTest
class GhlFullSyncSamplesIntegrationTests {

	static final GhlStub stub = GhlStub.start();

	static final String LOCATION = Samples.read("api-location-get.json").path("location").path("id").asString();

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

	SyncChecks checks;

	@BeforeEach
	void syncOnce() {
		this.checks = this.jdbi.onDemand(SyncChecks.class);
		if (this.checks.rows("users", LOCATION).isEmpty()) {
			this.connections.connectPrivateIntegration(LOCATION, "company",
					stub.controls().privateIntegrationToken(LOCATION, "company"));
			assertThat(this.launcher.runAll(SyncMode.FULL)).singleElement()
				.satisfies((result) -> assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED));
		}
	}

	@Test
	void theLocationKeepsItsNameCompanyAndTimeZone() {
		JsonNode sample = Samples.read("api-location-get.json").path("location");
		assertThat(only(this.checks.location(LOCATION))).containsEntry("name", sample.path("name").asString())
			.containsEntry("company_id", sample.path("companyId").asString())
			.containsEntry("timezone", "America/Chicago");
	}

	@Test
	void usersPipelinesTagsAndCustomFieldsAreStored() {
		JsonNode user = Samples.first("api-users-search.json", "users");
		assertThat(this.checks.rows("users", LOCATION)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("source_id", user.path("id").asString())
				.containsEntry("name", "Sam Agent")
				.containsEntry("email", "sam.agent@example.com")
				.containsEntry("role", "user"));
		assertThat(this.checks.stages(LOCATION)).containsExactly("VDm7RPYC2GLUvdpKmBfC/0/New Lead",
				"VDm7RPYC2GLUvdpKmBfC/1/Qualified", "VDm7RPYC2GLUvdpKmBfC/2/Proposal Sent",
				"VDm7RPYC2GLUvdpKmBfC/3/Treatment Booked");
		assertThat(this.checks.rows("pipelines", LOCATION)).extracting((row) -> row.get("name"))
			.containsExactly("New Patients");
		assertThat(this.checks.rows("tags", LOCATION)).extracting((row) -> row.get("name"))
			.containsExactlyInAnyOrder("new-lead", "webinar-2026");
		assertThat(this.checks.rows("custom_fields", LOCATION))
			.extracting((row) -> row.get("field_key") + "/" + row.get("data_type") + "/" + row.get("model"))
			.containsExactly("contact.membership_tier/SINGLE_OPTIONS/contact", "opportunity.lead_channel/TEXT/opportunity");
	}

	@Test
	void contactsCarryTheirFieldsTimesAndKnownCustomFieldValues() {
		JsonNode sample = Samples.first("api-contacts-search-response.json", "contacts");
		Map<String, Object> contact = only(this.checks.rows("contacts", LOCATION));
		assertThat(contact).containsEntry("source_id", sample.path("id").asString())
			.containsEntry("email", sample.path("email").asString())
			.containsEntry("phone", sample.path("phone").asString())
			.containsEntry("address1", "123 Main St")
			.containsEntry("city", "Austin")
			.containsEntry("type", "lead")
			.containsEntry("source", "Website Form");
		assertThat(time(contact, "created_at")).isEqualTo(OffsetDateTime.parse(sample.path("dateAdded").asString()));
		assertThat(time(contact, "source_updated_at"))
			.isEqualTo(OffsetDateTime.parse(sample.path("dateUpdated").asString()));
		assertThat(contact.get("deleted_at")).isNull();
		// The second value's field is not among the location's custom fields: there is nothing to hang it on.
		assertThat(this.checks.customValues(LOCATION)).contains("contact nmFmQEsNgz6AVpgLVUJ0 MgobCB14YMVKuE4Ka8p1 = \"Gold\"")
			.noneMatch((value) -> value.contains("qweqgehuqwejqeiqwoqw"));
	}

	@Test
	void opportunitiesGetTheirStageAndStatusHistoryFromTheLastChangeTimes() {
		JsonNode sample = Samples.first("api-opportunities-search-post-response.json", "opportunities");
		Map<String, Object> opportunity = only(this.checks.rows("opportunities", LOCATION));
		assertThat(opportunity).containsEntry("source_id", "yWQobCRIhRguQtD2llvk")
			.containsEntry("name", sample.path("name").asString())
			.containsEntry("status", "open")
			.containsEntry("source", "Website");
		assertThat((BigDecimal) opportunity.get("monetary_value")).isEqualByComparingTo("5000");
		assertThat(time(opportunity, "source_updated_at")).isEqualTo(OffsetDateTime.parse("2024-06-06T18:54:57.221Z"));
		assertThat(this.checks.history(LOCATION)).containsExactly(
				"yWQobCRIhRguQtD2llvk: stage e93ba61a-53b3-45e7-985a-c7732dbcdb69 @ 2024-06-06T18:54:57.221Z",
				"yWQobCRIhRguQtD2llvk: status open @ 2024-06-06T18:54:57.221Z");
	}

	@Test
	void appointmentsTasksAndNotesAreStored() {
		Map<String, Object> appointment = only(this.checks.rows("appointments", LOCATION));
		assertThat(appointment).containsEntry("source_id", "0TkCdp9PfvLeWKYRRvIz")
			.containsEntry("status", "confirmed")
			.containsEntry("calendar_source_id", "BqTwX8QFwXzpegMve9EQ");
		// 15:00 at UTC-5 is 20:00 UTC.
		assertThat(time(appointment, "start_at")).isEqualTo(OffsetDateTime.parse("2026-05-12T20:00:00Z"));
		JsonNode task = Samples.first("api-location-tasks-search.json", "tasks");
		Map<String, Object> taskRow = only(this.checks.rows("tasks", LOCATION));
		assertThat(taskRow).containsEntry("title", task.path("title").asString()).containsEntry("completed", false);
		assertThat(time(taskRow, "due_at")).isEqualTo(OffsetDateTime.parse(task.path("dueDate").asString()));
		JsonNode note = Samples.first("api-contact-notes-get.json", "notes");
		assertThat(only(this.checks.rows("notes", LOCATION))).containsEntry("source_id", note.path("id").asString())
			.containsEntry("body", note.path("body").asString());
	}

	@Test
	void conversationsAndMessagesOfEveryChannelAreStored() {
		JsonNode conversation = Samples.first("api-conversations-search.json", "conversations");
		assertThat(only(this.checks.rows("conversations", LOCATION)))
			.containsEntry("source_id", conversation.path("id").asString())
			.containsEntry("unread_count", 1)
			.containsEntry("type", "TYPE_PHONE");
		List<Map<String, Object>> messages = this.checks.rows("messages", LOCATION);
		assertThat(messages).extracting((row) -> row.get("source_id") + " " + row.get("channel") + " "
				+ row.get("direction") + " " + row.get("call_duration_s"))
			.containsExactly("QkNS0DNje0FjoLQdD5O3 call inbound 95", "tyW42xCD0HQpb3hhfLcx sms outbound null");
	}

	@Test
	void theRunIsRecordedWithTheHighWaterMarksOfWhatItRead() {
		assertThat(only(this.checks.status(LOCATION))).containsEntry("last_run_status", "COMPLETED")
			.containsEntry("last_run_kind", "full")
			.containsEntry("last_error", null);
		assertThat(only(this.checks.status(LOCATION)).get("last_full_finished_at")).isNotNull();
		assertThat(this.checks.marks(LOCATION)).containsExactly("contacts=2026-05-06T09:10:02.481Z",
				"messages=2026-05-06T09:05:11.000Z", "opportunities=2024-06-06T18:54:57.221Z");
	}

	static Map<String, Object> only(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	static OffsetDateTime time(Map<String, Object> row, String column) {
		Object value = row.get(column);
		OffsetDateTime time = (value instanceof java.sql.Timestamp timestamp)
				? timestamp.toInstant().atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
		return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
	}

}
