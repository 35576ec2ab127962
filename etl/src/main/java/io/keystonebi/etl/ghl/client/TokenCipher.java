package io.keystonebi.etl.ghl.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens for storage with AES-GCM under the current key, and decrypts with the current or the
 * previous one, so the key can be rotated without reconnecting any location. Stored form:
 * {@code v1:<key id>:<base64(iv || cipher text || tag)>}; the key id (start of the key's SHA-256) picks the key.
 */
final class TokenCipher {

	private static final String PREFIX = "v1";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String currentId;

	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	TokenCipher(String currentKey, String previousKey) {
		this.currentId = add(currentKey, "token-encryption-key");
		add(previousKey, "previous-token-encryption-key");
	}

	String encrypt(String plain) {
		SecretKeySpec key = (this.currentId != null) ? this.keys.get(this.currentId) : null;
		if (key == null) {
			throw new GhlTokenUnreadableException(
					"No token encryption key is configured (bi.etl.ghl.client.token-encryption-key)");
		}
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, key, iv, plain.getBytes(StandardCharsets.UTF_8), this.currentId);
		byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		return PREFIX + ":" + this.currentId + ":" + Base64.getEncoder().encodeToString(stored);
	}

	String decrypt(String stored) {
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !PREFIX.equals(parts[0])) {
			throw new GhlTokenUnreadableException("A stored GHL token is not in the v1 encrypted form");
		}
		SecretKeySpec key = this.keys.get(parts[1]);
		if (key == null) {
			throw new GhlTokenUnreadableException("A stored GHL token was encrypted with key " + parts[1]
					+ ", which is neither the current nor the previous token encryption key");
		}
		byte[] bytes = Base64.getDecoder().decode(parts[2]);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		byte[] iv = new byte[IV_BYTES];
		buffer.get(iv);
		byte[] sealed = new byte[buffer.remaining()];
		buffer.get(sealed);
		return new String(run(Cipher.DECRYPT_MODE, key, iv, sealed, parts[1]), StandardCharsets.UTF_8);
	}

	/** @return whether the stored token was encrypted with the current key (else it should be rewritten) */
	boolean current(String stored) {
		return this.currentId != null && stored.startsWith(PREFIX + ":" + this.currentId + ":");
	}

	private String add(String base64, String property) {
		if (base64 == null || base64.isBlank()) {
			return null;
		}
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new GhlTokenUnreadableException("bi.etl.ghl.client." + property + " is not valid base64", ex);
		}
		if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
			throw new GhlTokenUnreadableException("bi.etl.ghl.client." + property + " must decode to 16, 24 or 32 bytes, not "
					+ raw.length);
		}
		String id = keyId(raw);
		this.keys.putIfAbsent(id, new SecretKeySpec(raw, "AES"));
		return id;
	}

	private static String keyId(byte[] raw) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JDK", ex);
		}
	}

	private static byte[] run(int mode, SecretKeySpec key, byte[] iv, byte[] input, String keyId) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new GhlTokenUnreadableException("A GHL token could not be " + ((mode == Cipher.ENCRYPT_MODE)
					? "encrypted" : "decrypted (tampered with, or a different key with the same id)") + " with key "
					+ keyId, ex);
		}
	}

}
