package io.keystonebi.sql.pii;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.keystonebi.sql.DatabaseProperties.Encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

	static final String EMAIL = "jane.doe@example.com";

	static final String KEY_A = key(1);

	static final String KEY_B = key(2);

	static final String SEARCH_KEY = key(3);

	@Test
	void encryptedValueHoldsNoPlaintextAndDecryptsBack() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");

		byte[] stored = cipher.encrypt(EMAIL);

		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(EMAIL).doesNotContain("jane");
		assertThat(cipher.decrypt(stored)).isEqualTo(EMAIL);
	}

	@Test
	void storedValueIsVersionKeyIdNonceCipherTextAndTagAsAPlainAesGcmDecryptionReadsIt() throws Exception {
		byte[] stored = cipher(Map.of("a", KEY_A), "a").encrypt(EMAIL);

		// 1 version byte, 1 length byte, the id "a", a 12-byte nonce, the 20 bytes of the address, a 16-byte tag
		assertThat(stored).hasSize(1 + 1 + 1 + 12 + 20 + 16);
		assertThat(Arrays.copyOf(stored, 3)).containsExactly(1, 1, 'a');
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY_A), "AES"),
				new GCMParameterSpec(128, stored, 3, 12));
		aes.updateAAD(stored, 0, 3);
		assertThat(new String(aes.doFinal(stored, 15, stored.length - 15), StandardCharsets.UTF_8)).isEqualTo(EMAIL);
	}

	@Test
	void theSameValueEncryptsDifferentlyEachTimeBecauseOfTheRandomNonce() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");

		assertThat(cipher.encrypt(EMAIL)).isNotEqualTo(cipher.encrypt(EMAIL));
	}

	@Test
	void afterRotationValuesOfTheOldKeyStillDecryptAndNewOnesUseTheActiveKey() {
		byte[] old = cipher(Map.of("a", KEY_A), "a").encrypt(EMAIL);
		FieldCipher rotated = cipher(Map.of("a", KEY_A, "b", KEY_B), "b");

		assertThat(rotated.decrypt(old)).isEqualTo(EMAIL);
		assertThat(rotated.underActiveKey(old)).isFalse();
		byte[] fresh = rotated.encrypt(EMAIL);
		assertThat(rotated.underActiveKey(fresh)).isTrue();
		assertThat(FieldCipher.keyId(fresh)).isEqualTo("b");
		assertThat(cipher(Map.of("b", KEY_B), "b").decrypt(fresh)).isEqualTo(EMAIL);
	}

	@Test
	void aValueOfAKeyNoLongerConfiguredIsRefusedNamingTheKeyButNotTheValue() {
		byte[] old = cipher(Map.of("a", KEY_A), "a").encrypt(EMAIL);

		assertThatThrownBy(() -> cipher(Map.of("b", KEY_B), "b").decrypt(old))
			.isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("key 'a'")
			.hasMessageNotContaining(EMAIL);
	}

	@Test
	void aChangedByteAnywhereInTheCipherTextNonceOrTagIsRefused() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");
		byte[] stored = cipher.encrypt(EMAIL);
		for (int i = 3; i < stored.length; i++) {
			byte[] tampered = stored.clone();
			tampered[i] ^= 0x01;

			assertThatThrownBy(() -> cipher.decrypt(tampered)).as("byte %d", i)
				.isInstanceOf(PersonalDataUnreadableException.class)
				.hasMessageContaining("failed authentication");
		}
	}

	@Test
	void aValueMovedUnderAnotherConfiguredKeyIdIsRefusedBecauseTheIdIsAuthenticated() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A, "b", KEY_B), "a");
		byte[] stored = cipher.encrypt(EMAIL);
		stored[2] = 'b';

		assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("failed authentication");
	}

	@Test
	void aValueInAnUnknownFormatOrCutShortIsRefused() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");
		byte[] stored = cipher.encrypt(EMAIL);

		assertThatThrownBy(() -> cipher.decrypt(EMAIL.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("not in a known encrypted form");
		assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(stored, 20)))
			.isInstanceOf(PersonalDataUnreadableException.class)
			.hasMessageContaining("cut short");
	}

	@Test
	void aListIsEncryptedAsOneValueAndComesBackElementByElement() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");
		List<String> recipients = List.of("a@example.com", "Bob <b@example.com>");

		byte[] stored = cipher.encrypt(Plaintext.ofList(recipients).value());

		assertThat(cipher.decryptList(stored)).containsExactlyElementsOf(recipients);
		assertThat(Plaintext.ofList(List.of())).isNull();
		assertThat(cipher.decryptList(null)).isEmpty();
	}

	@Test
	void nullStaysNull() {
		FieldCipher cipher = cipher(Map.of("a", KEY_A), "a");

		assertThat(cipher.encrypt(null)).isNull();
		assertThat(cipher.decrypt(null)).isNull();
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedNamingItsProperty() {
		String short16 = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatThrownBy(() -> cipher(Map.of("k1", short16), "k1")).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessage("bi.database.encryption.keys.k1 must decode to 32 bytes (AES-256), not 16 "
					+ "(openssl rand -base64 32 makes one)");
	}

	@Test
	void aKeyThatIsNotBase64IsRefusedNamingItsProperty() {
		assertThatThrownBy(() -> cipher(Map.of("k1", "not base64!"), "k1"))
			.isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessage("bi.database.encryption.keys.k1 is not valid base64");
	}

	@Test
	void noKeysAtAllAreRefusedNamingTheProperty() {
		assertThatThrownBy(() -> cipher(Map.of(), null)).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.keys is empty");
	}

	@Test
	void anActiveKeyThatIsMissingOrNotAmongTheKeysIsRefused() {
		assertThatThrownBy(() -> cipher(Map.of("a", KEY_A), " ")).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.active-key is not set");
		assertThatThrownBy(() -> cipher(Map.of("a", KEY_A), "b")).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessage("bi.database.encryption.active-key names 'b', which is not among bi.database.encryption.keys [a]");
	}

	@Test
	void aKeyIdOtherThanLowercaseLettersAndDigitsIsRefused() {
		assertThatThrownBy(() -> cipher(Map.of("Key_1", KEY_A), "Key_1")).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageContaining("key id 'Key_1'");
	}

	static FieldCipher cipher(Map<String, String> keys, String active) {
		return FieldCipher.of(new Encryption(keys, active, SEARCH_KEY, "1"));
	}

	/** @return base64 of 32 bytes that differ per seed (tests need fixed, distinct keys, not secret ones) */
	static String key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return Base64.getEncoder().encodeToString(key);
	}

}
