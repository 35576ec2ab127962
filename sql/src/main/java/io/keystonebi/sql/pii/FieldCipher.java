package io.keystonebi.sql.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.keystonebi.sql.DatabaseProperties;

/**
 * Encrypts single values (an e-mail address, a message body) with AES-256-GCM under the active key and decrypts
 * them under any configured key, so keys can be rotated while the data stays readable. A stored value describes
 * itself:
 *
 * <pre>
 * version (1 byte, 1) | key id length n (1 byte) | key id (n ASCII bytes) | nonce (12 random bytes) | cipher text | tag (16 bytes)
 * </pre>
 *
 * The version and key id are authenticated with the cipher text (GCM's additional data), so neither can be
 * changed without decryption failing. Thread-safe.
 */
public final class FieldCipher {

	static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	// Lists (e-mail recipients) are encrypted as one value; PostgreSQL text never holds NUL, so no element does.
	static final String LIST_SEPARATOR = "\0";

	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(FieldCipher::newCipher);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKeySpec> keys;

	private final String activeKeyId;

	private final SecretKeySpec activeKey;

	private final byte[] activeHeader;

	private FieldCipher(Map<String, SecretKeySpec> keys, String activeKeyId) {
		this.keys = keys;
		this.activeKeyId = activeKeyId;
		this.activeKey = keys.get(activeKeyId);
		this.activeHeader = header(activeKeyId);
	}

	/**
	 * @param settings {@code bi.database.encryption.*}
	 * @return the cipher over the configured keys
	 * @throws EncryptionKeyInvalidException naming the property when a key is missing, malformed or not 32
	 * bytes, or the active key is not among the keys
	 */
	public static FieldCipher of(DatabaseProperties.Encryption settings) {
		if (settings.keys().isEmpty()) {
			throw new EncryptionKeyInvalidException(EncryptionKeys.PREFIX + "keys is empty: give at least one key, "
					+ "e.g. bi.database.encryption.keys.k1 = base64 of 32 random bytes (openssl rand -base64 32)");
		}
		Map<String, SecretKeySpec> keys = new TreeMap<>();
		settings.keys().forEach((id, base64) -> {
			EncryptionKeys.checkId(id);
			keys.put(id, new SecretKeySpec(EncryptionKeys.decode("keys." + id, base64), "AES"));
		});
		String active = settings.activeKey();
		if (active == null || active.isBlank()) {
			throw new EncryptionKeyInvalidException(EncryptionKeys.PREFIX
					+ "active-key is not set: name the key of bi.database.encryption.keys that encrypts new values "
					+ keys.keySet());
		}
		if (!keys.containsKey(active.trim())) {
			throw new EncryptionKeyInvalidException(EncryptionKeys.PREFIX + "active-key names '" + active
					+ "', which is not among bi.database.encryption.keys " + keys.keySet());
		}
		return new FieldCipher(keys, active.trim());
	}

	/** @return the id of the key new values are encrypted under */
	public String activeKeyId() {
		return this.activeKeyId;
	}

	/**
	 * @return how every value encrypted under the active key begins (version and key id), so that a query can
	 * find the values that are not
	 */
	public byte[] activeHeader() {
		return this.activeHeader.clone();
	}

	/** @return the value encrypted under the active key with a fresh random nonce; null for null */
	public byte[] encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		int headerLength = this.activeHeader.length;
		byte[] sealed = new byte[headerLength + NONCE_BYTES + input.length + TAG_BITS / 8];
		System.arraycopy(this.activeHeader, 0, sealed, 0, headerLength);
		System.arraycopy(nonce, 0, sealed, headerLength, NONCE_BYTES);
		try {
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.activeKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(this.activeHeader);
			cipher.doFinal(input, 0, input.length, sealed, headerLength + NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed with key " + this.activeKeyId, ex);
		}
		return sealed;
	}

	/**
	 * @return the plaintext of a value {@link #encrypt} made under any configured key; null for null
	 * @throws PersonalDataUnreadableException when the value is malformed, its key is not configured, or it was
	 * changed
	 */
	public String decrypt(byte[] sealed) {
		if (sealed == null) {
			return null;
		}
		String keyId = keyId(sealed);
		SecretKeySpec key = this.keys.get(keyId);
		if (key == null) {
			throw new PersonalDataUnreadableException("An encrypted value was written under key '" + keyId
					+ "', which is not among bi.database.encryption.keys " + this.keys.keySet());
		}
		int headerLength = 2 + keyId.length();
		if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
			throw new PersonalDataUnreadableException("An encrypted value under key '" + keyId + "' is cut short ("
					+ sealed.length + " bytes)");
		}
		try {
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
			cipher.updateAAD(sealed, 0, headerLength);
			byte[] plain = cipher.doFinal(sealed, headerLength + NONCE_BYTES, sealed.length - headerLength - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new PersonalDataUnreadableException("An encrypted value under key '" + keyId
					+ "' failed authentication: it was changed after it was written, or another key has the id '"
					+ keyId + "'", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new PersonalDataUnreadableException("An encrypted value under key '" + keyId
					+ "' could not be decrypted", ex);
		}
	}

	/** @return the elements of a list encrypted as one value ({@link Plaintext#ofList}); an empty list for null */
	public List<String> decryptList(byte[] sealed) {
		String joined = decrypt(sealed);
		return (joined != null) ? List.of(joined.split(LIST_SEPARATOR, -1)) : List.of();
	}

	/** @return whether the value was encrypted under the active key (else rotation rewrites it) */
	public boolean underActiveKey(byte[] sealed) {
		return sealed.length > this.activeHeader.length
				&& Arrays.equals(sealed, 0, this.activeHeader.length, this.activeHeader, 0, this.activeHeader.length);
	}

	/**
	 * @return the id of the key the value was encrypted under
	 * @throws PersonalDataUnreadableException when the value does not begin with a known version and a key id
	 */
	public static String keyId(byte[] sealed) {
		if (sealed.length < 3 || sealed[0] != VERSION) {
			throw new PersonalDataUnreadableException("A stored value is not in a known encrypted form (version byte "
					+ ((sealed.length > 0) ? sealed[0] : "missing") + ", expected " + VERSION + ")");
		}
		int length = sealed[1];
		if (length < 1 || sealed.length < 2 + length) {
			throw new PersonalDataUnreadableException("A stored value has a malformed key id (length " + length + ")");
		}
		return new String(sealed, 2, length, StandardCharsets.US_ASCII);
	}

	static byte[] header(String keyId) {
		byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
		byte[] header = new byte[2 + id.length];
		header[0] = VERSION;
		header[1] = (byte) id.length;
		System.arraycopy(id, 0, header, 2, id.length);
		return header;
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES/GCM is missing from the JDK", ex);
		}
	}

}
