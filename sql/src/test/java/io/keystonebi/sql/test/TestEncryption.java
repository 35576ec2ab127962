package io.keystonebi.sql.test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.keystonebi.sql.DatabaseProperties;
import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;

/**
 * The personal-data keys of a test JVM ({@code bi.database.encryption.*}): generated at random once, so no key is
 * written down anywhere, and shared by every test context and by the tests that decrypt what they wrote.
 */
public final class TestEncryption {

	/** The id of the test key. */
	public static final String KEY_ID = "test1";

	private static final String KEY = randomKey();

	private static final String SEARCH_KEY = randomKey();

	private TestEncryption() {
	}

	/** @return base64 of 32 fresh random bytes: a key for {@code bi.database.encryption.*} */
	public static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** @return the properties that configure the test keys */
	public static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("bi.database.encryption.keys." + KEY_ID, KEY);
		properties.put("bi.database.encryption.active-key", KEY_ID);
		properties.put("bi.database.encryption.search-key", SEARCH_KEY);
		return properties;
	}

	/** @return the same properties as command-line arguments, for applications started from {@code main} */
	public static String[] arguments() {
		return properties().entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	/** @return the test keys' settings */
	public static DatabaseProperties.Encryption settings() {
		return new DatabaseProperties.Encryption(Map.of(KEY_ID, KEY), KEY_ID, SEARCH_KEY, "1");
	}

	/** @return a cipher over the test key, to decrypt what the application wrote */
	public static FieldCipher cipher() {
		return FieldCipher.of(settings());
	}

	/** @return the search digests under the test search key */
	public static BlindIndex blindIndex() {
		return BlindIndex.of(settings());
	}

}
