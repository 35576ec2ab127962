package io.keystonebi.sql.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.keystonebi.sql.DatabaseProperties;

/**
 * Keyed search digests ("blind indexes") of personal values: HMAC-SHA256 under {@code bi.database.encryption.search-key}
 * of the value's kind and its normalised form. Equal normalised values give equal digests, so a query finds a
 * contact by e-mail or phone through an index on the digest column, and messages are matched by body, without
 * decrypting anything; without the key the digests cannot be computed, so they do not give away the values a
 * guesser tries. Thread-safe.
 */
public final class BlindIndex {

	private final ThreadLocal<Mac> macs;

	private final PhoneNumbers phones;

	private BlindIndex(SecretKeySpec key, PhoneNumbers phones) {
		this.macs = ThreadLocal.withInitial(() -> newMac(key));
		this.phones = phones;
	}

	/**
	 * @param settings {@code bi.database.encryption.*}
	 * @return the digests under the configured search key
	 * @throws EncryptionKeyInvalidException naming the property when the search key is missing, malformed, not 32
	 * bytes or one of the encryption keys, or the phone country code is not one
	 */
	public static BlindIndex of(DatabaseProperties.Encryption settings) {
		byte[] raw = EncryptionKeys.decode("search-key", settings.searchKey());
		for (String base64 : settings.keys().values()) {
			try {
				if (Arrays.equals(raw, Base64.getDecoder().decode(base64.trim()))) {
					throw new EncryptionKeyInvalidException(EncryptionKeys.PREFIX
							+ "search-key must differ from every key of bi.database.encryption.keys");
				}
			}
			catch (IllegalArgumentException ex) {
				// FieldCipher reports the malformed key, naming it.
			}
		}
		return new BlindIndex(new SecretKeySpec(raw, "HmacSHA256"), new PhoneNumbers(settings.phoneCountryCode()));
	}

	/** @return the 32-byte digest of the value's normalised form; null for null or a value with nothing in it */
	public byte[] digest(SearchKind kind, String value) {
		String normalised = (value != null) ? normalise(kind, value) : null;
		if (normalised == null) {
			return null;
		}
		Mac mac = this.macs.get();
		mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
		mac.update((byte) 0);
		return mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
	}

	/** @return the form the digest is taken of: what two spellings of the same value have in common */
	String normalise(SearchKind kind, String value) {
		return switch (kind) {
			case EMAIL -> {
				String email = value.trim().toLowerCase(Locale.ROOT);
				yield email.isEmpty() ? null : email;
			}
			case PHONE -> this.phones.normalise(value);
			case BODY -> value;
		};
	}

	private static Mac newMac(SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("The search key does not fit HMAC-SHA256", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is missing from the JDK", ex);
		}
	}

}
