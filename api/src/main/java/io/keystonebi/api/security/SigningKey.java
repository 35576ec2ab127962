package io.keystonebi.api.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs access tokens (HMAC-SHA256). A missing, placeholder or short key is refused before the
 * application serves anything: a guessable key lets anyone mint an administrator's token (Superset's default
 * {@code SECRET_KEY} advisory). Only the demo profile, which holds nothing private, makes up a key per run.
 */
final class SigningKey {

	static final String PROPERTY = "bi.api.security.jwt-signing-key";

	static final int MIN_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

	// Values found in examples and templates, this project's own included: a key anyone can read is no key.
	private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me", "secret",
			"default", "keystone", "keystone-bi", "your-secret-key", "replace-me", "replace-with-a-random-key",
			"please-change-this-signing-key-before-production-use");

	private SigningKey() {
	}

	/**
	 * @param configured the configured value, possibly blank
	 * @param demo whether the demo profile is active
	 * @return the key
	 * @throws InsecureConfigurationException when the value is missing outside the demo, a placeholder or short
	 */
	static SecretKey resolve(String configured, boolean demo) {
		if (configured == null || configured.isBlank()) {
			if (!demo) {
				throw new InsecureConfigurationException(PROPERTY, PROPERTY + " is not set: access tokens cannot "
						+ "be signed without a key of your own, and the application will not start with a default one.");
			}
			byte[] random = new byte[48];
			new SecureRandom().nextBytes(random);
			log.info("Demo profile: access tokens are signed with a key made up for this run ({} is not set)",
					PROPERTY);
			return key(random);
		}
		String value = configured.trim();
		String plain = value.toLowerCase(Locale.ROOT).replaceFirst("^base64:", "");
		if (PLACEHOLDERS.contains(plain) || plain.contains("change-me") || plain.contains("changeme")) {
			throw new InsecureConfigurationException(PROPERTY, PROPERTY + " is a well-known placeholder ('" + value
					+ "'), not a secret.");
		}
		byte[] bytes = decode(value);
		if (bytes.length < MIN_BYTES) {
			throw new InsecureConfigurationException(PROPERTY, PROPERTY + " is " + bytes.length + " bytes long; "
					+ "HMAC-SHA256 needs at least " + MIN_BYTES + " bytes of key.");
		}
		if (bytes.length >= MIN_BYTES && distinct(bytes) < 8) {
			throw new InsecureConfigurationException(PROPERTY, PROPERTY + " repeats a handful of characters ("
					+ distinct(bytes) + " distinct); use a random value.");
		}
		return key(bytes);
	}

	private static byte[] decode(String value) {
		if (!value.startsWith("base64:")) {
			return value.getBytes(StandardCharsets.UTF_8);
		}
		try {
			return Base64.getDecoder().decode(value.substring("base64:".length()));
		}
		catch (IllegalArgumentException ex) {
			throw new InsecureConfigurationException(PROPERTY, PROPERTY + " starts with base64: but the rest is not "
					+ "valid Base64 (" + ex.getMessage() + ").");
		}
	}

	private static long distinct(byte[] bytes) {
		boolean[] seen = new boolean[256];
		long count = 0;
		for (byte b : bytes) {
			if (!seen[b & 0xff]) {
				seen[b & 0xff] = true;
				count++;
			}
		}
		return count;
	}

	private static SecretKey key(byte[] bytes) {
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

}
