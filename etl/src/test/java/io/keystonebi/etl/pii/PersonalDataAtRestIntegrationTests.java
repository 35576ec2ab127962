package io.keystonebi.etl.pii;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
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
import io.keystonebi.etl.ghl.webhooks.GhlWebhookConfiguration;
import io.keystonebi.etl.ghl.webhooks.WebhookDrain;
import io.keystonebi.etl.ghl.webhooks.WebhookInbox;
import io.keystonebi.etl.imports.ImportConfiguration;
import io.keystonebi.etl.imports.ImportLauncher;
import io.keystonebi.etl.imports.ImportRequest;
import io.keystonebi.sql.DatabaseProperties.Encryption;
import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.pii.ColumnCount;
import io.keystonebi.sql.pii.ContactDirectory;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.pii.FoundContact;
import io.keystonebi.sql.pii.KeyRotation;
import io.keystonebi.sql.pii.PersonalDataUnreadableException;
import io.keystonebi.sql.test.Decrypted;
import io.keystonebi.sql.test.RawRows;
import io.keystonebi.sql.test.TestDatabaseInitializer;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Encryption at rest through every writer of personal data: a spreadsheet import of contacts and agents, GHL
 * webhook deliveries of a contact and two messages (through the inbox and the drain job), and a full GHL sync
 * against the stub (its sample contact, user, messages, note and task). The checks read the tables with their own
 * SQL.
 */
@SpringBootTest(classes = PersonalDataAtRestIntegrationTests.Application.class,
		properties = { "spring.batch.jdbc.initialize-schema=never", "spring.batch.job.enabled=false",
				"spring.flyway.locations=classpath:db/migration",
				"bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/",
				"bi.etl.ghl.client.token-encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"bi.etl.ghl.client.max-attempts=2", "bi.etl.ghl.client.backoff-base=10ms",
				"bi.etl.ghl.client.backoff-max=20ms" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
// The context's GHL client points at this class's stub; nobody else may reuse it.
@DirtiesContext
class PersonalDataAtRestIntegrationTests {

	static final List<String> TABLES = List.of("contacts", "users", "messages", "notes", "tasks");

	static final String CONTACTS = """
			id,first,last,email,phone,created
			I1,Ivy,Imported,Ivy.Imported@Example.com,(206) 555-0111,2024-01-02
			I2,Ike,Imported,ike.imported@example.com,+44 20 7946 0958,2024-01-03
			I3,Tess,Tampered,tess.tampered@example.com,206 555 0144,2024-01-04
			""";

	static final String STAFF = """
			agent,email,phone
			Sue Staff,Sue.Staff@Example.com,206-555-0133
			""";

	static final String WEBHOOK_CONTACT = """
			{"type": "ContactCreate", "locationId": "loc-webhooks", "webhookId": "wh-contact-1", "id": "wc-1",
			 "firstName": "Wendy", "lastName": "Webhook", "email": "Wendy.Webhook@Example.com",
			 "phone": "+1 (206) 555-0122", "dateAdded": "2026-05-04T14:22:31.120Z"}
			""";

	static final JsonMapper json = JsonMapper.builder().build();

	static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	static final GhlStub stub = GhlStub.start();

	@DynamicPropertySource
	static void stubUrl(DynamicPropertyRegistry registry) {
		registry.add("bi.etl.ghl.client.base-url", () -> stub.baseUrl().toString());
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Autowired
	ImportLauncher imports;

	@Autowired
	WebhookInbox inbox;

	@Autowired
	WebhookDrain drain;

	@Autowired
	GhlConnections connections;

	@Autowired
	GhlSyncLauncher sync;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	FieldCipher cipher;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void writeThroughEveryPathOnce(@TempDir Path directory) throws Exception {
		if (!RawRows.of(this.jdbi, "contacts").isEmpty()) {
			return;
		}
		importFile(directory, "staff.csv", STAFF, "test-staff");
		importFile(directory, "contacts.csv", CONTACTS, "test-contacts");

		this.inbox.accept(WEBHOOK_CONTACT.getBytes(StandardCharsets.UTF_8));
		this.inbox.accept(sample("webhook-InboundMessage-email.json").put("locationId", "loc-webhooks").toString()
			.getBytes(StandardCharsets.UTF_8));
		this.inbox.accept(sample("webhook-InboundMessage-sms.json").put("locationId", "loc-webhooks").toString()
			.getBytes(StandardCharsets.UTF_8));
		assertThat(this.drain.drain().status()).isEqualTo(BatchStatus.COMPLETED);

		this.connections.connectPrivateIntegration("loc-sync", "company",
				stub.controls().privateIntegrationToken("loc-sync", "company"));
		assertThat(this.sync.run(SyncMode.FULL, "loc-sync").status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void noTableHoldsAnEmailPhoneOrMessageBodyInTheClear() {
		List<String> plaintexts = plaintexts();
		assertThat(plaintexts).hasSizeGreaterThan(20);

		for (String table : TABLES) {
			assertThat(RawRows.of(this.jdbi, table)).as(table)
				.isNotEmpty()
				.allSatisfy((row) -> plaintexts.forEach((plain) -> assertThat(row).as(table).doesNotContainIgnoringCase(plain)));
		}
	}

	@Test
	void importedContactsDecryptBackAndAreFoundByEmailOrPhoneSpelledAnotherWay() {
		assertThat(this.contacts.byEmail(" IVY.imported@example.COM")).extracting(FoundContact::sourceId,
				FoundContact::email, FoundContact::phone)
			.containsExactly(tuple("I1", "Ivy.Imported@Example.com", "(206) 555-0111"));
		assertThat(this.contacts.byPhone("+1 206-555-0111")).extracting(FoundContact::sourceId).containsExactly("I1");
		assertThat(this.contacts.byPhone("0044 20 7946 0958")).extracting(FoundContact::sourceId).containsExactly("I2");
		assertThat(this.contacts.byEmail("ivy@example.com")).isEmpty();
		assertThat(rows("users")).filteredOn((user) -> "Sue Staff".equals(user.get("source_id")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("email", "Sue.Staff@Example.com")
				.containsEntry("phone", "206-555-0133"));
	}

	@Test
	void webhookContactsAndMessagesDecryptBackAndTheContactIsFound() {
		assertThat(this.contacts.byEmail("wendy.webhook@example.com")).extracting(FoundContact::sourceId,
				FoundContact::email, FoundContact::phone)
			.containsExactly(tuple("wc-1", "Wendy.Webhook@Example.com", "+1 (206) 555-0122"));
		assertThat(this.contacts.byPhone("206.555.0122")).extracting(FoundContact::sourceId).containsExactly("wc-1");

		assertThat(messages("loc-webhooks")).extracting((m) -> m.get("body"), (m) -> m.get("email_from"),
				(m) -> m.get("email_to"), (m) -> m.get("email_subject"))
			.containsExactly(tuple("This is a test message", null, null, null),
					tuple(sample("webhook-InboundMessage-email.json").path("body").asString(),
							"Internal Notify <sample@email.service>", List.of("recipient@example.com"),
							"Order Confirmed"));
	}

	@Test
	void syncedContactsUsersAndMessagesDecryptBackAndTheContactIsFound() {
		JsonNode contact = sample("api-contacts-search-response.json").path("contacts").get(0);
		assertThat(this.contacts.byEmail(contact.path("email").asString().toUpperCase()))
			.extracting(FoundContact::sourceId, FoundContact::email, FoundContact::phone)
			.containsExactly(tuple(contact.path("id").asString(), contact.path("email").asString(),
					contact.path("phone").asString()));
		assertThat(this.contacts.byPhone("(555) 555-0123")).extracting(FoundContact::sourceId)
			.containsExactly(contact.path("id").asString());

		JsonNode user = sample("api-users-search.json").path("users").get(0);
		assertThat(rows("users")).filteredOn((row) -> user.path("id").asString().equals(row.get("source_id")))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("email", user.path("email").asString())
				.containsEntry("phone", user.path("phone").asString()));
		List<String> bodies = new ArrayList<>();
		sample("api-messages-export.json").path("messages").forEach((m) -> {
			if (m.hasNonNull("body")) {
				bodies.add(m.path("body").asString());
			}
		});
		assertThat(messages("loc-sync")).extracting((m) -> m.get("body")).filteredOn((body) -> body != null)
			.containsExactlyInAnyOrderElementsOf(bodies);
	}

	@Test
	void keyRotationRewritesEveryValueUnderTheNewKeyWhileTheOldKeyStillReadsUntilItIsDone() {
		Encryption test = TestEncryption.settings();
		Map<String, String> both = new HashMap<>(test.keys());
		both.put("next", TestEncryption.randomKey());
		FieldCipher toNext = FieldCipher.of(new Encryption(both, "next", test.searchKey(), "1"));
		FieldCipher onlyNext = FieldCipher.of(new Encryption(Map.of("next", both.get("next")), "next", test.searchKey(), "1"));
		FieldCipher backToTest = FieldCipher.of(new Encryption(both, TestEncryption.KEY_ID, test.searchKey(), "1"));
		long values = valuesUnder(TestEncryption.KEY_ID);
		assertThat(keyIds()).containsExactly(TestEncryption.KEY_ID + " " + values);

		assertThat(new ContactDirectory(this.jdbi, toNext).byEmail("ivy.imported@example.com"))
			.extracting(FoundContact::phone)
			.containsExactly("(206) 555-0111");
		List<ColumnCount> counts = new KeyRotation(this.jdbi, toNext).reencrypt(3, (count) -> {
		});

		assertThat(counts.stream().mapToLong(ColumnCount::rewritten).sum()).isEqualTo(values);
		assertThat(keyIds()).containsExactly("next " + values);
		assertThat(new ContactDirectory(this.jdbi, onlyNext).byPhone("+12065550122")).extracting(FoundContact::email)
			.containsExactly("Wendy.Webhook@Example.com");
		assertThatThrownBy(() -> this.contacts.byEmail("wendy.webhook@example.com"))
			.isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("key 'next'");

		// Back under the test key, for the other tests of this class.
		new KeyRotation(this.jdbi, backToTest).reencrypt(1000, (count) -> {
		});
		assertThat(keyIds()).containsExactly(TestEncryption.KEY_ID + " " + values);
	}

	@Test
	void aTamperedValueIsRefusedWithAnExceptionNamingWhatFailed() {
		byte[] stored = email("I3");
		try {
			update("tamper", "I3", null);

			assertThatThrownBy(() -> this.contacts.byPhone("(206) 555-0144"))
				.isInstanceOf(PersonalDataUnreadableException.class)
				.hasMessageContaining("failed authentication")
				.hasMessageNotContaining("tess");
		}
		finally {
			update("restore", "I3", stored);
		}
		assertThat(this.contacts.byPhone("(206) 555-0144")).extracting(FoundContact::email)
			.containsExactly("tess.tampered@example.com");
	}

	private void importFile(Path directory, String name, String content, String mapping) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, content);
		assertThat(this.imports.run(ImportRequest.of(file.toString(), mapping)).run().status()).isEqualTo("completed");
	}

	/** @return every e-mail, phone and message, note or task body the writers were given */
	private List<String> plaintexts() {
		List<String> plaintexts = new ArrayList<>(List.of("Ivy.Imported@Example.com", "(206) 555-0111",
				"ike.imported@example.com", "+44 20 7946 0958", "tess.tampered@example.com", "206 555 0144",
				"Sue.Staff@Example.com", "206-555-0133", "Wendy.Webhook@Example.com", "+1 (206) 555-0122"));
		JsonNode email = sample("webhook-InboundMessage-email.json");
		plaintexts.addAll(List.of(email.path("body").asString(), "Testing Email Notification", email.path("from").asString(),
				"sample@email.service", "recipient@example.com", email.path("subject").asString()));
		plaintexts.add(sample("webhook-InboundMessage-sms.json").path("body").asString());
		JsonNode contact = sample("api-contacts-search-response.json").path("contacts").get(0);
		JsonNode user = sample("api-users-search.json").path("users").get(0);
		plaintexts.addAll(List.of(contact.path("email").asString(), contact.path("phone").asString(),
				user.path("email").asString(), user.path("phone").asString(),
				sample("api-contact-notes-get.json").path("notes").get(0).path("body").asString(),
				sample("api-location-tasks-search.json").path("tasks").get(0).path("body").asString()));
		sample("api-messages-export.json").path("messages").forEach((m) -> {
			if (m.hasNonNull("body")) {
				plaintexts.add(m.path("body").asString());
			}
		});
		return plaintexts;
	}

	private List<Map<String, Object>> rows(String table) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("rows")).define("table", table).mapToMap().list())
			.stream()
			.map((row) -> Decrypted.row(this.cipher, row))
			.toList();
	}

	private List<Map<String, Object>> messages(String location) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("messages")).bind("location", location)
			.mapToMap()
			.list()).stream().map((row) -> Decrypted.row(this.cipher, row)).toList();
	}

	private List<String> keyIds() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("keyIds")).mapTo(String.class).list());
	}

	private long valuesUnder(String keyId) {
		return keyIds().stream()
			.filter((line) -> line.startsWith(keyId + " "))
			.mapToLong((line) -> Long.parseLong(line.substring(keyId.length() + 1)))
			.sum();
	}

	private byte[] email(String sourceId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("email")).bind("sourceId", sourceId)
			.mapTo(byte[].class)
			.one());
	}

	private void update(String name, String sourceId, byte[] email) {
		this.jdbi.useHandle((handle) -> {
			var update = handle.createUpdate(sql(name)).bind("sourceId", sourceId);
			if (email != null) {
				update.bind("email", email);
			}
			update.execute();
		});
	}

	private static String sql(String name) {
		return SQL.locate(PersonalDataAtRestIntegrationTests.class, name);
	}

	private static ObjectNode sample(String name) {
		try (InputStream in = PersonalDataAtRestIntegrationTests.class
			.getResourceAsStream("/io/keystonebi/etl/ghl/samples/" + name)) {
			return (ObjectNode) json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Warehouse, Flyway, Spring Batch, the import job, the GHL syncs and the webhook inbox with its drain. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ WarehouseConfiguration.class, ImportConfiguration.class, GhlSyncConfiguration.class,
			GhlWebhookConfiguration.class })
	static class Application {

	}

}
