package io.keystonebi.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.sql.DatabaseProperties.Encryption;
import io.keystonebi.sql.pii.FieldCipher;
import io.keystonebi.sql.test.TestDatabaseInitializer;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application rotates from the test key to key {@code next}: both are configured, {@code next} is active.
 * Contacts written under the test key are re-encrypted by the command.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ReencryptPersonalDataCommandIntegrationTests {

	static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	static final String NEXT = TestEncryption.randomKey();

	@DynamicPropertySource
	static void rotatingToNext(DynamicPropertyRegistry registry) {
		registry.add("bi.database.encryption.keys.next", () -> NEXT);
		registry.add("bi.database.encryption.active-key", () -> "next");
	}

	@Autowired
	ReencryptPersonalDataCommand command;

	@Autowired
	Jdbi jdbi;

	final FieldCipher underTestKey = TestEncryption.cipher();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void threeContactsUnderTheTestKey() {
		this.jdbi.useHandle((handle) -> handle.createScript(sql("reset")).execute());
		contact("c-1", this.underTestKey.encrypt("jane@example.com"), this.underTestKey.encrypt("+12065550100"));
		contact("c-2", this.underTestKey.encrypt("john@example.com"), null);
		contact("c-3", this.underTestKey.encrypt("ann@example.com"), this.underTestKey.encrypt("+442079460958"));
	}

	@Test
	void theCommandReEncryptsEveryValueUnderTheActiveKeyAndPrintsTheCountsOfEachColumn() {
		int code = run("reencrypt-personal-data", "--batch-size=2");

		assertThat(code).isZero();
		assertThat(this.out.toString().lines().toList()).startsWith(
				"Re-encrypting personal data under key next, 2 values per batch",
				"  contacts.email           3 re-encrypted", "  contacts.phone           2 re-encrypted",
				"  users.email              0 re-encrypted")
			.endsWith("Done: 5 values re-encrypted; every stored value is now under key next");
		assertThat(keyIds()).containsExactly("c-1 next next", "c-2 next -", "c-3 next next");
		FieldCipher onlyNext = FieldCipher.of(new Encryption(Map.of("next", NEXT), "next",
				TestEncryption.settings().searchKey(), "1"));
		assertThat(onlyNext.decrypt(email("c-3"))).isEqualTo("ann@example.com");
	}

	@Test
	void aSecondRunFindsNothingLeftToReEncrypt() {
		run("reencrypt-personal-data");
		this.out.reset();

		assertThat(run("reencrypt-personal-data")).isZero();
		assertThat(this.out.toString()).contains("Done: 0 values re-encrypted");
	}

	@Test
	void aValueUnderAKeyThatIsNotConfiguredStopsTheCommandNamingItsColumnAndRow() {
		FieldCipher lost = FieldCipher.of(new Encryption(Map.of("lost", TestEncryption.randomKey()), "lost",
				TestEncryption.settings().searchKey(), "1"));
		contact("c-4", lost.encrypt("x@example.com"), null);

		assertThat(run("reencrypt-personal-data")).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("Re-encryption stopped: contacts.email of row 4: ")
			.contains("key 'lost'");
	}

	@Test
	void badArgumentsAreRefusedWithTheUsage() {
		assertThat(run("reencrypt-personal-data", "--batch-size=0")).isEqualTo(2);
		assertThat(run("reencrypt-personal-data", "--batch=5")).isEqualTo(2);
		assertThat(run("reencrypt-personal-data", "now")).isEqualTo(2);
		assertThat(this.err.toString().lines().toList()).containsExactly(
				"--batch-size must be a positive whole number, not '0'", "Usage: reencrypt-personal-data [--batch-size=N]",
				"Unknown option --batch", "Usage: reencrypt-personal-data [--batch-size=N]", "Unexpected argument 'now'",
				"Usage: reencrypt-personal-data [--batch-size=N]");
		assertThat(keyIds()).containsExactly("c-1 test1 test1", "c-2 test1 -", "c-3 test1 test1");
	}

	private int run(String... args) {
		return this.command.run(new DefaultApplicationArguments(args), new PrintStream(this.out, true),
				new PrintStream(this.err, true));
	}

	private void contact(String sourceId, byte[] email, byte[] phone) {
		this.jdbi.useHandle((handle) -> handle.createUpdate(sql("insertContact"))
			.bind("sourceId", sourceId)
			.bind("email", email)
			.bind("phone", phone)
			.execute());
	}

	private List<String> keyIds() {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("keyIds")).mapTo(String.class).list());
	}

	private byte[] email(String sourceId) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("email"))
			.bind("sourceId", sourceId)
			.mapTo(byte[].class)
			.one());
	}

	private static String sql(String name) {
		return SQL.locate(ReencryptPersonalDataCommandIntegrationTests.class, name);
	}

}
