package io.keystonebi.etl.ghl.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.sync.GhlSyncConfiguration;
import io.keystonebi.etl.ghl.sync.GhlSyncLauncher;
import io.keystonebi.etl.ghl.sync.SyncMode;
import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects both a webhook and the API sync write. Deliveries are applied as the drain applies them (same envelope
 * parsing, same handlers); the sync runs against the stub.
 * <p>
 * The messages: GHL's SMS and e-mail webhook examples carry no {@code messageId}, so such a delivery is stored
 * under {@code webhook:<webhook id>}; the API export names the same messages by their GHL id. The SMS's API version
 * is the newer (it has a {@code dateUpdated}), the e-mail's webhook the newer (its delivery {@code timestamp}); the
 * webhook alone has the SMS's status and the e-mail's sender, recipients and subject, the API alone the SMS's user
 * and the e-mail's status.
 */
@SpringBootTest(classes = GhlWebhookAndSyncIntegrationTests.Application.class,
		properties = { "spring.batch.jdbc.initialize-schema=never", "spring.batch.job.enabled=false",
				"spring.flyway.locations=classpath:db/migration",
				"bi.etl.ghl.client.token-encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"bi.etl.ghl.client.max-attempts=2", "bi.etl.ghl.client.backoff-base=10ms",
				"bi.etl.ghl.client.backoff-max=20ms", "bi.etl.ghl.sync.appointments-back=400d",
				"bi.etl.ghl.sync.appointments-forward=30d", "bi.etl.ghl.sync.appointment-window=215d" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
// Closes its context (connection pool, lease renewer) after the class, so the suite holds fewer connections at once.
@DirtiesContext
class GhlWebhookAndSyncIntegrationTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final GhlStub stub = GhlStub.start();

	static final String SMS = "apiSms00000000000001";

	static final String EMAIL = "apiEmail000000000001";

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
	void aMessageDeliveredByWebhookAndReadFromTheApiIsOneRowWithTheApiIdInEitherOrder() {
		serveApiMessages();
		connect("loc-webhook-first");
		connect("loc-api-first");

		deliverMessages("loc-webhook-first");
		assertThat(messages("loc-webhook-first")).extracting((row) -> (String) row.get("source_id"))
			.allMatch((id) -> id.startsWith("webhook:"))
			.hasSize(2);
		fullSync("loc-webhook-first");

		fullSync("loc-api-first");
		deliverMessages("loc-api-first");

		for (String location : List.of("loc-webhook-first", "loc-api-first")) {
			List<Map<String, Object>> rows = messages(location);
			assertThat(rows).as(location).extracting((row) -> (String) row.get("source_id")).containsExactly(EMAIL, SMS);
			assertThat(rows.get(0)).as(location)
				.containsEntry("channel", "email")
				.containsEntry("message_type", "Email")
				.containsEntry("direction", "inbound")
				.containsEntry("status", "delivered")
				.containsEntry("email_from", "Internal Notify <sample@email.service>")
				.containsEntry("email_subject", "Order Confirmed")
				.containsEntry("email_message_id", "sddfDSF3G56GHG")
				.containsEntry("deleted_at", null);
			assertThat(String.valueOf(rows.get(0).get("email_to"))).contains("recipient@example.com");
			assertThat(time(rows.get(0), "source_updated_at")).isEqualTo("2024-01-12T12:59:06Z");
			assertThat(rows.get(1)).as(location)
				.containsEntry("channel", "sms")
				.containsEntry("message_type", "TYPE_SMS")
				.containsEntry("status", "delivered")
				.containsEntry("body", "This is a test message")
				.containsEntry("deleted_at", null);
			assertThat(rows.get(1).get("user_id")).as(location).isNotNull();
			assertThat(time(rows.get(1), "created_at")).isEqualTo("2021-04-21T11:31:45.750Z");
			assertThat(time(rows.get(1), "source_updated_at")).isEqualTo("2021-04-21T11:40:00Z");
		}
		assertThat(comparable("loc-api-first")).isEqualTo(comparable("loc-webhook-first"));

		// Redeliveries and the next sync find the one row and change nothing.
		List<Map<String, String>> settled = comparable("loc-webhook-first");
		deliverMessages("loc-webhook-first");
		fullSync("loc-webhook-first");
		deliverMessages("loc-webhook-first");
		assertThat(comparable("loc-webhook-first")).isEqualTo(settled);
	}

	@Test
	void aProvisionalRowWrittenWhileTheSyncWroteTheSameMessageIsFoldedInByTheNextSync() {
		serveApiMessages();
		connect("loc-race");
		fullSync("loc-race");
		assertThat(checks().copyAsProvisional("loc-race", EMAIL, "webhook:wh-raced")).isOne();
		assertThat(messages("loc-race")).hasSize(3);

		fullSync("loc-race");

		List<Map<String, Object>> rows = messages("loc-race");
		assertThat(rows).extracting((row) -> (String) row.get("source_id")).containsExactly(EMAIL, SMS);
		assertThat(rows.get(0)).containsEntry("message_type", "Email")
			.containsEntry("status", "delivered")
			.containsEntry("email_subject", "Order Confirmed")
			.containsEntry("deleted_at", null);
		assertThat(time(rows.get(0), "source_updated_at")).isEqualTo("2024-01-12T12:59:06.045Z");
	}

	@Test
	void anAppointmentDeleteWebhookMarksTheSyncedAppointmentDeletedAndTheNextFullSyncKeepsItSo() {
		connect("loc-appointment-delete");
		fullSync("loc-appointment-delete");
		ObjectNode event = (ObjectNode) sample("api-calendar-events-get.json").path("events").get(0);
		ObjectNode delete = json.createObjectNode()
			.put("type", "AppointmentDelete")
			.put("locationId", "loc-appointment-delete");
		delete.set("appointment", event.deepCopy());

		deliver(delete.toString());

		Map<String, Object> appointment = checks().rows("appointments", "loc-appointment-delete").get(0);
		// No delivery timestamp: the event's time is the appointment's dateUpdated, the version the sync stored;
		// at equal times the delete wins.
		assertThat(time(appointment, "deleted_at")).isEqualTo("2026-05-06T09:15:10Z");
		stub.controls().events(List.of());
		fullSync("loc-appointment-delete");
		assertThat(checks().rows("appointments", "loc-appointment-delete")).singleElement()
			.satisfies((row) -> assertThat(time(row, "deleted_at")).isEqualTo("2026-05-06T09:15:10Z"));
	}

	/** The API's versions of the SMS and the e-mail GHL's webhook examples show. */
	private static void serveApiMessages() {
		ObjectNode sms = json.createObjectNode()
			.put("id", SMS)
			.put("type", 2)
			.put("messageType", "TYPE_SMS")
			.put("contactId", "cI08i1Bls3iTB9bKgFJh")
			.put("conversationId", "fcanlLgpbQgQhderivVs")
			.put("dateAdded", "2021-04-21T11:31:45.750Z")
			.put("dateUpdated", "2021-04-21T11:40:00.000Z")
			.put("body", "This is a test message")
			.put("direction", "inbound")
			.put("contentType", "text/plain")
			.put("userId", "bNl8QNGXhIQJLv8eeASQ");
		ObjectNode email = json.createObjectNode()
			.put("id", EMAIL)
			.put("type", 3)
			.put("messageType", "TYPE_EMAIL")
			.put("contactId", "3bN9f8LYJFG8F232XMUbfq")
			.put("conversationId", "yCdNo6pwyTLYKgg6V2gj")
			.put("dateAdded", "2024-01-12T12:59:04.045Z")
			.put("body", sample("webhook-InboundMessage-email.json").path("body").asString())
			.put("direction", "inbound")
			.put("status", "delivered")
			.put("contentType", "text/html");
		stub.controls().exportMessages(List.of(sms, email));
	}

	/** Delivers GHL's SMS and e-mail webhook examples to the location; the e-mail with its delivery time. */
	private void deliverMessages(String location) {
		ObjectNode sms = (ObjectNode) sample("webhook-InboundMessage-sms.json");
		deliver(sms.put("locationId", location).toString());
		ObjectNode email = (ObjectNode) sample("webhook-InboundMessage-email.json");
		deliver(email.put("locationId", location)
			.put("webhookId", "wh-email-" + location)
			.put("timestamp", "2024-01-12T12:59:06.000Z")
			.toString());
	}

	/** Applies a delivery as the drain does. */
	private void deliver(String payload) {
		WebhookEnvelope envelope = WebhookEnvelope.parse(payload.getBytes(StandardCharsets.UTF_8));
		long location = this.jdbi.onDemand(LocationsSql.class).ensure(envelope.locationSourceId());
		EventHandler handler = Stream.of(new MessageEvents(this.jdbi), new AppointmentEvents(this.jdbi))
			.filter((candidate) -> candidate.types().contains(envelope.type()))
			.findFirst()
			.orElseThrow();
		handler.apply(new WebhookEvent(envelope.type(), envelope.webhookId(), location,
				envelope.eventAt(OffsetDateTime.now(ZoneOffset.UTC)), envelope.body()));
	}

	private void fullSync(String location) {
		assertThat(this.launcher.run(SyncMode.FULL, location).status()).isEqualTo(BatchStatus.COMPLETED);
	}

	private void connect(String location) {
		this.connections.connectPrivateIntegration(location, "company",
				stub.controls().privateIntegrationToken(location, "company"));
	}

	private List<Map<String, Object>> messages(String location) {
		return checks().rows("messages", location);
	}

	// Warehouse ids (and the foreign keys to them) and load times differ between locations and loads.
	private List<Map<String, String>> comparable(String location) {
		return messages(location).stream().map((row) -> {
			Map<String, String> kept = new TreeMap<>();
			row.forEach((column, value) -> kept.put(column, String.valueOf(value)));
			kept.keySet().removeIf((column) -> column.equals("id") || column.equals("loaded_at")
					|| (column.endsWith("_id") && !column.endsWith("source_id") && !column.startsWith("email_")));
			return kept;
		}).toList();
	}

	private WebhookSyncChecks checks() {
		return this.jdbi.onDemand(WebhookSyncChecks.class);
	}

	private static String time(Map<String, Object> row, String column) {
		Object value = row.get(column);
		OffsetDateTime time = (value instanceof Timestamp timestamp) ? timestamp.toInstant().atOffset(ZoneOffset.UTC)
				: (OffsetDateTime) value;
		return time.toInstant().toString();
	}

	private static ObjectNode sample(String name) {
		try (InputStream in = GhlWebhookAndSyncIntegrationTests.class
			.getResourceAsStream("/io/keystonebi/etl/ghl/samples/" + name)) {
			return (ObjectNode) json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The warehouse, Spring Batch and the GHL syncs; the webhook handlers are built by the test. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ WarehouseConfiguration.class, GhlSyncConfiguration.class })
	static class Application {

	}

}
