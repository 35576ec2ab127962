package io.keystonebi.sql.pii;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.sql.test.RawRows;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse that held personal data in the clear (migrated to V016, filled by {@code storedBeforeEncryption.sql})
 * migrates to V018, after which the migration callback encrypts what it held.
 */
class PlaintextEncryptionIntegrationTests {

	static final List<String> TABLES = List.of("users", "contacts", "messages", "notes", "tasks");

	static final List<String> PLAINTEXTS = List.of("alex@evergreen.example", "+1 206 555 0199", "Jane.Doe@Example.com",
			"(206) 555-0100", "john.roe@example.com", "+44 20 7946 0958", "bob.loe@example.com", "206-555-0104",
			"office@evergreen.example", "Pine Street", "viewing Saturday", "650k", "move date");

	static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	final FieldCipher cipher = TestEncryption.cipher();

	final BlindIndex index = TestEncryption.blindIndex();

	String url;

	Jdbi jdbi;

	@BeforeEach
	void storeInTheClearAsBeforeV018() {
		this.url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(this.url, null, null).target("16").load().migrate();
		this.jdbi = Jdbi.create(this.url)
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin())
			.installPlugin(new PersonalDataPlugin(this.cipher, this.index));
		this.jdbi.useHandle((handle) -> handle.createScript(sql("storedBeforeEncryption")).execute());
		assertThat(RawRows.of(this.jdbi, "contacts")).anySatisfy((row) -> assertThat(row).contains("Jane.Doe@Example.com"));
	}

	@Test
	void afterTheMigrationNoTableHoldsAnyOfThePersonalDataInTheClear() {
		migrateWithCallback();

		for (String table : TABLES) {
			assertThat(RawRows.of(this.jdbi, table)).as(table)
				.isNotEmpty()
				.allSatisfy((row) -> PLAINTEXTS.forEach((plain) -> assertThat(row).doesNotContainIgnoringCase(plain)));
		}
	}

	@Test
	void theEncryptedValuesDecryptToWhatWasStoredAndContactsAreFoundByTheirEmailOrPhone() {
		migrateWithCallback();
		ContactDirectory contacts = new ContactDirectory(this.jdbi, this.cipher);

		assertThat(contacts.byEmail(" jane.doe@EXAMPLE.com")).singleElement()
			.satisfies((found) -> assertThat(found).extracting(FoundContact::sourceId, FoundContact::email,
					FoundContact::phone)
				.containsExactly("c-1", "Jane.Doe@Example.com", "(206) 555-0100"));
		assertThat(contacts.byPhone("+1 206-555-0100")).extracting(FoundContact::sourceId).containsExactly("c-1");
		assertThat(contacts.byPhone("0044 20 7946 0958")).extracting(FoundContact::sourceId).containsExactly("c-3");
		assertThat(contacts.byEmail("nobody@example.com")).isEmpty();

		Map<String, Object> email = message("m-1");
		assertThat(this.cipher.decrypt((byte[]) email.get("body"))).isEqualTo("Is the house on Pine Street still for sale?");
		assertThat((byte[]) email.get("body_digest"))
			.isEqualTo(this.index.digest(SearchKind.BODY, "Is the house on Pine Street still for sale?"));
		assertThat(this.cipher.decrypt((byte[]) email.get("email_from"))).isEqualTo("Jane.Doe@Example.com");
		assertThat(this.cipher.decryptList((byte[]) email.get("email_to")))
			.containsExactly("alex@evergreen.example", "office@evergreen.example");
		assertThat(email.get("email_cc")).isNull();
		assertThat(this.cipher.decrypt((byte[]) email.get("email_subject"))).isEqualTo("Pine Street");
	}

	@Test
	void batchesGoOnUntilNothingIsLeftAndCountEachColumnsValues() {
		Flyway.configure().dataSource(this.url, null, null).load().migrate();

		List<ColumnCount> counts = new PlaintextEncryption(this.jdbi, this.cipher, this.index).run(2);

		assertThat(counts).containsExactly(new ColumnCount("contacts.email", 3, 0), new ColumnCount("contacts.phone", 3, 0),
				new ColumnCount("users.email", 1, 0), new ColumnCount("users.phone", 1, 0),
				new ColumnCount("messages.body", 2, 0), new ColumnCount("messages.email_from", 1, 0),
				new ColumnCount("messages.email_to", 1, 0), new ColumnCount("messages.email_cc", 1, 0),
				new ColumnCount("messages.email_subject", 1, 0), new ColumnCount("notes.body", 1, 0),
				new ColumnCount("tasks.body", 1, 0));
		assertThat(new PlaintextEncryption(this.jdbi, this.cipher, this.index).run(2)).isEmpty();
	}

	@Test
	void migratingAgainFindsNothingToEncryptAndChangesNothing() {
		migrateWithCallback();
		Map<String, List<String>> before = TABLES.stream()
			.collect(Collectors.toMap((table) -> table, (table) -> RawRows.of(this.jdbi, table)));

		migrateWithCallback();

		TABLES.forEach((table) -> assertThat(RawRows.of(this.jdbi, table)).as(table).isEqualTo(before.get(table)));
	}

	private void migrateWithCallback() {
		Flyway.configure()
			.dataSource(this.url, null, null)
			.callbacks(new PlaintextEncryptionCallback(new PlaintextEncryption(this.jdbi, this.cipher, this.index)))
			.load()
			.migrate();
	}

	private Map<String, Object> message(String sourceId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("message"))
			.bind("sourceId", sourceId)
			.mapToMap()
			.one());
	}

	private static String sql(String name) {
		return SQL.locate(PlaintextEncryptionIntegrationTests.class, name);
	}

}
