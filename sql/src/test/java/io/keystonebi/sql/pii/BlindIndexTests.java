package io.keystonebi.sql.pii;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.keystonebi.sql.DatabaseProperties.Encryption;

import static io.keystonebi.sql.pii.FieldCipherTests.KEY_A;
import static io.keystonebi.sql.pii.FieldCipherTests.SEARCH_KEY;
import static io.keystonebi.sql.pii.FieldCipherTests.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlindIndexTests {

	final BlindIndex index = index(SEARCH_KEY);

	@Test
	void anEmailDigestIsHmacSha256OfTheKindAndTheTrimmedLowercasedAddress() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(SEARCH_KEY), "HmacSHA256"));
		byte[] expected = mac.doFinal("EMAIL\0jane.doe@example.com".getBytes(StandardCharsets.UTF_8));

		assertThat(this.index.digest(SearchKind.EMAIL, "  Jane.Doe@Example.COM ")).isEqualTo(expected);
	}

	@Test
	void spellingsOfOnePhoneNumberHaveOneDigestAndAnotherNumberAnother() {
		byte[] digest = this.index.digest(SearchKind.PHONE, "+12065550100");

		assertThat(this.index.digest(SearchKind.PHONE, "(206) 555-0100")).isEqualTo(digest);
		assertThat(this.index.digest(SearchKind.PHONE, "1-206-555-0100")).isEqualTo(digest);
		assertThat(this.index.digest(SearchKind.PHONE, "001 206 555 0100")).isEqualTo(digest);
		assertThat(this.index.digest(SearchKind.PHONE, "(206) 555-0101")).isNotEqualTo(digest);
	}

	@Test
	void theSameTextDigestsDifferentlyAsAnotherKind() {
		assertThat(this.index.digest(SearchKind.BODY, "jane@example.com"))
			.isNotEqualTo(this.index.digest(SearchKind.EMAIL, "jane@example.com"));
	}

	@Test
	void aBodyIsDigestedExactlyAsWritten() {
		assertThat(this.index.digest(SearchKind.BODY, "Hello")).isNotEqualTo(this.index.digest(SearchKind.BODY, "hello"));
	}

	@Test
	void withoutTheSearchKeyTheDigestCannotBeReproduced() {
		assertThat(index(key(9)).digest(SearchKind.EMAIL, "jane@example.com"))
			.isNotEqualTo(this.index.digest(SearchKind.EMAIL, "jane@example.com"));
	}

	@Test
	void nullAndBlankValuesHaveNoDigest() {
		assertThat(this.index.digest(SearchKind.EMAIL, null)).isNull();
		assertThat(this.index.digest(SearchKind.EMAIL, "   ")).isNull();
		assertThat(this.index.digest(SearchKind.PHONE, "n/a")).isNull();
	}

	@Test
	void aShortSearchKeyIsRefusedNamingItsProperty() {
		assertThatThrownBy(() -> index(Base64.getEncoder().encodeToString(new byte[20])))
			.isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.search-key must decode to 32 bytes (AES-256), not 20");
	}

	@Test
	void aMissingSearchKeyIsRefusedNamingItsProperty() {
		assertThatThrownBy(() -> index(null)).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.search-key is not set");
	}

	@Test
	void aSearchKeyThatIsAlsoAnEncryptionKeyIsRefused() {
		assertThatThrownBy(() -> index(KEY_A)).isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessage("bi.database.encryption.search-key must differ from every key of bi.database.encryption.keys");
	}

	@Test
	void aPhoneCountryCodeThatIsNotOneIsRefusedNamingItsProperty() {
		assertThatThrownBy(() -> BlindIndex.of(new Encryption(Map.of("a", KEY_A), "a", SEARCH_KEY, "US")))
			.isInstanceOf(EncryptionKeyInvalidException.class)
			.hasMessageStartingWith("bi.database.encryption.phone-country-code is 'US'");
	}

	static BlindIndex index(String searchKey) {
		return BlindIndex.of(new Encryption(Map.of("a", KEY_A), "a", searchKey, "1"));
	}

}
