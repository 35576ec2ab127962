package io.keystonebi.sql.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.DatabaseProperties.Encryption;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;
import io.keystonebi.sql.test.TestDatabases;

import static io.keystonebi.sql.pii.FieldCipherTests.KEY_A;
import static io.keystonebi.sql.pii.FieldCipherTests.KEY_B;
import static io.keystonebi.sql.pii.FieldCipherTests.SEARCH_KEY;
import static io.keystonebi.sql.pii.FieldCipherTests.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Three contacts and two messages written under key {@code a}; then key {@code b} becomes the active key with
 * {@code a} still configured, and the rotation rewrites everything under {@code b}.
 */
class KeyRotationIntegrationTests {

	static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	static final Encryption UNDER_A = new Encryption(Map.of("a", KEY_A), "a", SEARCH_KEY, "1");

	static final Encryption ROTATING_TO_B = new Encryption(Map.of("a", KEY_A, "b", KEY_B), "b", SEARCH_KEY, "1");

	static final Encryption ONLY_B = new Encryption(Map.of("b", KEY_B), "b", SEARCH_KEY, "1");

	String url;

	@BeforeEach
	void writeUnderKeyA() {
		this.url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(this.url, null, null).load().migrate();
		Jdbi underA = jdbi(UNDER_A);
		long location = underA.onDemand(LocationsSql.class).ensure("loc-1");
		contact(underA, location, "c-1", "jane@example.com", "(206) 555-0100");
		contact(underA, location, "c-2", "john@example.com", null);
		contact(underA, location, "c-3", "ann@example.com", "+44 20 7946 0958");
		message(underA, location, "m-1", "Still for sale?", List.of("alex@evergreen.example"));
		message(underA, location, "m-2", "Yes", List.of());
	}

	@Test
	void beforeTheRotationValuesUnderTheOldKeyStillReadAndFindThroughTheNewConfiguration() {
		ContactDirectory contacts = new ContactDirectory(jdbi(ROTATING_TO_B), FieldCipher.of(ROTATING_TO_B));

		assertThat(contacts.byEmail("JANE@example.com")).extracting(FoundContact::email, FoundContact::phone)
			.containsExactly(tuple("jane@example.com", "(206) 555-0100"));
		assertThat(keyIds()).allSatisfy((line) -> assertThat(line).endsWith(" a"));
	}

	@Test
	void theRotationRewritesEveryValueUnderTheActiveKeyAndTheOldKeyCanThenBeDropped() {
		List<ColumnCount> reported = new ArrayList<>();

		List<ColumnCount> counts = new KeyRotation(jdbi(ROTATING_TO_B), FieldCipher.of(ROTATING_TO_B)).reencrypt(2,
				reported::add);

		assertThat(counts).filteredOn((count) -> count.rewritten() > 0)
			.containsExactly(new ColumnCount("contacts.email", 3, 0), new ColumnCount("contacts.phone", 2, 0),
					new ColumnCount("messages.body", 2, 0), new ColumnCount("messages.email_to", 1, 0));
		assertThat(reported).isEqualTo(counts);
		assertThat(keyIds()).containsExactly("contacts.email b", "contacts.email b", "contacts.email b",
				"contacts.phone b", "contacts.phone b", "messages.body b", "messages.body b", "messages.email_to b");
		ContactDirectory withoutA = new ContactDirectory(jdbi(ONLY_B), FieldCipher.of(ONLY_B));
		assertThat(withoutA.byPhone("+12065550100")).extracting(FoundContact::email).containsExactly("jane@example.com");
		assertThat(withoutA.byEmail("ann@example.com")).extracting(FoundContact::phone).containsExactly("+44 20 7946 0958");
	}

	@Test
	void aRotationStoppedPartWayIsFinishedByRunningItAgain() {
		KeyRotation rotation = new KeyRotation(jdbi(ROTATING_TO_B), FieldCipher.of(ROTATING_TO_B));
		assertThatThrownBy(() -> rotation.reencrypt(2, (count) -> {
			throw new IllegalStateException("stopped after " + count.column());
		})).hasMessage("stopped after contacts.email");
		assertThat(keyIds()).filteredOn((line) -> line.endsWith(" a")).doesNotContain("contacts.email a");

		List<ColumnCount> second = rotation.reencrypt(2, (count) -> {
		});

		assertThat(second).filteredOn((count) -> count.rewritten() > 0)
			.extracting(ColumnCount::column)
			.containsExactly("contacts.phone", "messages.body", "messages.email_to");
		assertThat(keyIds()).allSatisfy((line) -> assertThat(line).endsWith(" b"));
		assertThat(rotation.reencrypt(2, (count) -> {
		})).allSatisfy((count) -> assertThat(count.rewritten()).isZero());
	}

	@Test
	void aValueNoConfiguredKeyDecryptsStopsTheRotationNamingItsColumnAndRow() {
		Jdbi jdbi = jdbi(ROTATING_TO_B);
		Encryption foreignKey = new Encryption(Map.of("z", key(7)), "z", SEARCH_KEY, "1");
		byte[] foreign = FieldCipher.of(foreignKey).encrypt("x@example.com");
		jdbi.useHandle((handle) -> handle.createUpdate(sql("forgeEmail"))
			.bind("email", foreign)
			.bind("sourceId", "c-2")
			.execute());

		assertThatThrownBy(() -> new KeyRotation(jdbi, FieldCipher.of(ROTATING_TO_B)).reencrypt(10, (count) -> {
		})).isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageStartingWith("contacts.email of row 2: ")
			.hasMessageContaining("key 'z'");
	}

	@Test
	void aTamperedValueIsRefusedWhenRead() {
		Jdbi jdbi = jdbi(UNDER_A);
		byte[] stored = jdbi.withHandle((handle) -> handle.createQuery(sql("emails")).mapTo(byte[].class).first());
		stored[stored.length - 1] ^= 0x40;
		jdbi.useHandle((handle) -> handle.createUpdate(sql("forgeEmail"))
			.bind("email", stored)
			.bind("sourceId", "c-1")
			.execute());

		assertThatThrownBy(() -> new ContactDirectory(jdbi, FieldCipher.of(UNDER_A)).byPhone("206 555 0100"))
			.isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("failed authentication");
	}

	private Jdbi jdbi(Encryption keys) {
		return Jdbi.create(this.url)
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin())
			.installPlugin(new PersonalDataPlugin(FieldCipher.of(keys), BlindIndex.of(keys)));
	}

	private List<String> keyIds() {
		return jdbi(ONLY_B).withHandle((handle) -> handle.createQuery(sql("keyIds")).mapTo(String.class).list());
	}

	private static void contact(Jdbi jdbi, long location, String sourceId, String email, String phone) {
		jdbi.useHandle((handle) -> handle.createUpdate(sql("insertContact"))
			.bind("locationId", location)
			.bind("sourceId", sourceId)
			.bind("email", Plaintext.of(email))
			.bind("phone", Plaintext.of(phone))
			.bind("emailSearch", SearchTerm.email(email))
			.bind("phoneSearch", SearchTerm.phone(phone))
			.execute());
	}

	private static void message(Jdbi jdbi, long location, String sourceId, String body, List<String> to) {
		jdbi.useHandle((handle) -> handle.createUpdate(sql("insertMessage"))
			.bind("locationId", location)
			.bind("sourceId", sourceId)
			.bind("body", Plaintext.of(body))
			.bind("bodyDigest", SearchTerm.body(body))
			.bind("emailTo", Plaintext.ofList(to))
			.execute());
	}

	private static String sql(String name) {
		return SQL.locate(KeyRotationIntegrationTests.class, name);
	}

}
