package io.keystonebi.sql.pii;

import java.util.Base64;
import java.util.regex.Pattern;

/** Reads the keys of {@code bi.database.encryption.*}, refusing with a message that names the property. */
final class EncryptionKeys {

	static final String PREFIX = "bi.database.encryption.";

	static final int KEY_BYTES = 32;

	private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");

	private EncryptionKeys() {
	}

	/** @return the 32 bytes the base64 value of the property holds */
	static byte[] decode(String property, String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new EncryptionKeyInvalidException(PREFIX + property
					+ " is not set: give base64 of 32 random bytes (openssl rand -base64 32)");
		}
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new EncryptionKeyInvalidException(PREFIX + property + " is not valid base64");
		}
		if (raw.length != KEY_BYTES) {
			throw new EncryptionKeyInvalidException(PREFIX + property + " must decode to " + KEY_BYTES
					+ " bytes (AES-256), not " + raw.length + " (openssl rand -base64 32 makes one)");
		}
		return raw;
	}

	static void checkId(String id) {
		if (id == null || !KEY_ID.matcher(id).matches()) {
			throw new EncryptionKeyInvalidException(PREFIX + "keys has a key id '" + id
					+ "': a key id is 1 to 32 lowercase letters or digits");
		}
	}

}
