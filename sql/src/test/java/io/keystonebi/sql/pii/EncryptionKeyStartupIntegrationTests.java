package io.keystonebi.sql.pii;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An application with the warehouse refuses to start without usable keys, and says which property is wrong. */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeyStartupIntegrationTests {

	@Test
	void anEncryptionKeyOfTheWrongLengthStopsTheStartWithAReportNamingItsProperty(CapturedOutput output) {
		String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatThrownBy(() -> start("--bi.database.encryption.keys.k1=" + sixteenBytes,
				"--bi.database.encryption.active-key=k1",
				"--bi.database.encryption.search-key=" + TestEncryption.randomKey()))
			.rootCause()
			.isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.keys.k1 must decode to 32 bytes (AES-256), not 16");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("bi.database.encryption.keys.k1 must decode to 32 bytes (AES-256), not 16")
			.contains("Set bi.database.encryption.keys.<id>");
	}

	@Test
	void aSearchKeyOfTheWrongLengthStopsTheStartNamingItsProperty(CapturedOutput output) {
		String eightBytes = Base64.getEncoder().encodeToString(new byte[8]);

		assertThatThrownBy(() -> start("--bi.database.encryption.keys.k1=" + TestEncryption.randomKey(),
				"--bi.database.encryption.active-key=k1", "--bi.database.encryption.search-key=" + eightBytes))
			.rootCause()
			.hasMessageStartingWith("bi.database.encryption.search-key must decode to 32 bytes (AES-256), not 8");
		assertThat(output).contains("APPLICATION FAILED TO START");
	}

	@Test
	void noKeysAtAllStopTheStartNamingTheProperty(CapturedOutput output) {
		assertThatThrownBy(() -> start()).rootCause().hasMessageStartingWith("bi.database.encryption.keys is empty");
		assertThat(output).contains("bi.database.encryption.keys is empty");
	}

	@Test
	void validKeysStart() {
		List<String> keys = new ArrayList<>(List.of(TestEncryption.arguments()));

		try (ConfigurableApplicationContext context = start(keys.toArray(String[]::new))) {
			assertThat(context.getBean(FieldCipher.class).activeKeyId()).isEqualTo(TestEncryption.KEY_ID);
		}
	}

	private static ConfigurableApplicationContext start(String... keys) {
		List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
				"--spring.main.banner-mode=off"));
		arguments.addAll(List.of(keys));
		return new SpringApplication(Application.class).run(arguments.toArray(String[]::new));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WarehouseConfiguration.class)
	static class Application {

	}

}
