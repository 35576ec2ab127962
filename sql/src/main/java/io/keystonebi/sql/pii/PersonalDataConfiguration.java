package io.keystonebi.sql.pii;

import org.flywaydb.core.api.callback.Callback;
import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.sql.DatabaseProperties;

/**
 * Personal data at rest: the cipher and search digests from {@code bi.database.encryption.*} (the application does
 * not start without valid keys), the encryption of what was stored before, key rotation and the contact search.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

	@Bean
	public FieldCipher fieldCipher(DatabaseProperties properties) {
		return FieldCipher.of(properties.encryption());
	}

	@Bean
	public BlindIndex blindIndex(DatabaseProperties properties) {
		return BlindIndex.of(properties.encryption());
	}

	@Bean
	PlaintextEncryption plaintextEncryption(Jdbi jdbi, FieldCipher fieldCipher, BlindIndex blindIndex) {
		return new PlaintextEncryption(jdbi, fieldCipher, blindIndex);
	}

	@Bean
	Callback plaintextEncryptionCallback(PlaintextEncryption plaintextEncryption) {
		return new PlaintextEncryptionCallback(plaintextEncryption);
	}

	@Bean
	KeyRotation keyRotation(Jdbi jdbi, FieldCipher fieldCipher) {
		return new KeyRotation(jdbi, fieldCipher);
	}

	@Bean
	ContactDirectory contactDirectory(Jdbi jdbi, FieldCipher fieldCipher) {
		return new ContactDirectory(jdbi, fieldCipher);
	}

}
