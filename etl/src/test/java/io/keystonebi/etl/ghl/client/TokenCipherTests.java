package io.keystonebi.etl.ghl.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTests {

	static final String TOKEN = "pit-7f3a9c2e-secret";

	@Test
	void encryptedTokenHidesThePlainTextAndDecryptsBack() {
		TokenCipher cipher = new TokenCipher(ClientFixture.key(0), "");
		String stored = cipher.encrypt(TOKEN);

		assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
		assertThat(cipher.decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void sameTokenEncryptsDifferentlyEachTimeBecauseOfTheRandomIv() {
		TokenCipher cipher = new TokenCipher(ClientFixture.key(0), "");

		assertThat(cipher.encrypt(TOKEN)).isNotEqualTo(cipher.encrypt(TOKEN));
	}

	@Test
	void afterRotationTokensOfThePreviousKeyStillDecryptAndNewOnesUseTheCurrentKey() {
		String oldStored = new TokenCipher(ClientFixture.key(0), "").encrypt(TOKEN);
		TokenCipher rotated = new TokenCipher(ClientFixture.key(100), ClientFixture.key(0));

		assertThat(rotated.decrypt(oldStored)).isEqualTo(TOKEN);
		assertThat(rotated.current(oldStored)).isFalse();
		String newStored = rotated.encrypt(TOKEN);
		assertThat(rotated.current(newStored)).isTrue();
		assertThat(new TokenCipher(ClientFixture.key(100), "").decrypt(newStored)).isEqualTo(TOKEN);
	}

	@Test
	void tokenOfAnUnknownKeyIsRefusedNamingTheKeyIdButNotTheToken() {
		String stored = new TokenCipher(ClientFixture.key(0), "").encrypt(TOKEN);
		TokenCipher other = new TokenCipher(ClientFixture.key(50), "");

		assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(GhlTokenUnreadableException.class)
			.hasMessageContaining(stored.split(":")[1])
			.hasMessageNotContaining(TOKEN);
	}

	@Test
	void tamperedCipherTextIsRefused() {
		TokenCipher cipher = new TokenCipher(ClientFixture.key(0), "");
		String stored = cipher.encrypt(TOKEN);
		char last = stored.charAt(stored.length() - 3);
		String tampered = stored.substring(0, stored.length() - 3) + ((last == 'A') ? 'B' : 'A')
				+ stored.substring(stored.length() - 2);

		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(GhlTokenUnreadableException.class);
	}

	@Test
	void withoutAKeyNothingCanBeStored() {
		assertThatThrownBy(() -> new TokenCipher("", "").encrypt(TOKEN)).isInstanceOf(GhlTokenUnreadableException.class)
			.hasMessageContaining("bi.etl.ghl.client.token-encryption-key");
	}

	@Test
	void keyOfAWrongLengthIsRefusedAtStart() {
		assertThatThrownBy(() -> new TokenCipher("c2hvcnQ=", "")).isInstanceOf(GhlTokenUnreadableException.class)
			.hasMessageContaining("16, 24 or 32 bytes, not 5");
	}

}
