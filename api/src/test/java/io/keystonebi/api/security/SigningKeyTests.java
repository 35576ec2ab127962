package io.keystonebi.api.security;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTests {

	private static final String RANDOM_48 = "base64:" + Base64.getEncoder().encodeToString(
			"k3T9vQ2mX7pL4sW8nB1cF6hJ0dR5yU3eA9gZ2xV7qM4tK8wP".getBytes());

	@Test
	void aMissingKeyIsRefusedOutsideTheDemoAndNamesTheProperty() {
		assertThatThrownBy(() -> SigningKey.resolve("", false)).isInstanceOf(InsecureConfigurationException.class)
			.hasMessageContaining("bi.api.security.jwt-signing-key is not set");
		assertThatThrownBy(() -> SigningKey.resolve(null, false)).isInstanceOf(InsecureConfigurationException.class);
	}

	@Test
	void theDemoMakesUpADifferentKeyEachRun() {
		assertThat(SigningKey.resolve("", true).getEncoded()).hasSize(48)
			.isNotEqualTo(SigningKey.resolve("", true).getEncoded());
	}

	@Test
	void placeholdersAreRefusedEvenWhenLongEnough() {
		assertThatThrownBy(() -> SigningKey.resolve("please-change-this-signing-key-before-production-use", false))
			.isInstanceOf(InsecureConfigurationException.class).hasMessageContaining("placeholder");
		assertThatThrownBy(() -> SigningKey.resolve("changeme", true)).hasMessageContaining("placeholder");
		assertThatThrownBy(() -> SigningKey.resolve("change-me-jwt-signing-key-for-our-production", false))
			.hasMessageContaining("placeholder");
	}

	@Test
	void aShortKeyIsRefusedWithItsLength() {
		assertThatThrownBy(() -> SigningKey.resolve("only-twenty-one-bytes", false))
			.hasMessageContaining("is 21 bytes long").hasMessageContaining("at least 32");
		assertThatThrownBy(() -> SigningKey.resolve("base64:" + Base64.getEncoder().encodeToString(new byte[16]), false))
			.hasMessageContaining("is 16 bytes long");
	}

	@Test
	void repeatedCharactersAndBadBase64AreRefused() {
		assertThatThrownBy(() -> SigningKey.resolve("a".repeat(64), false)).hasMessageContaining("distinct");
		assertThatThrownBy(() -> SigningKey.resolve("base64:not*base64*at*all*!!", false))
			.hasMessageContaining("not valid Base64");
	}

	@Test
	void aGoodKeyIsAccepted() {
		assertThat(SigningKey.resolve(RANDOM_48, false).getEncoded()).hasSize(48);
		assertThat(SigningKey.resolve("k3T9vQ2mX7pL4sW8nB1cF6hJ0dR5yU3e", false).getAlgorithm()).isEqualTo("HmacSHA256");
	}

	@Test
	void theStartUpReportSaysWhatToDoInsteadOfPrintingATrace() {
		InsecureConfigurationException ex = new InsecureConfigurationException(SigningKey.PROPERTY, "not set");
		FailureAnalysis analysis = new InsecureConfigurationFailureAnalyzer().analyze(new IllegalStateException(ex));
		assertThat(analysis.getDescription()).isEqualTo("not set");
		assertThat(analysis.getAction()).contains("Set bi.api.security.jwt-signing-key", "32 bytes");
	}

}
