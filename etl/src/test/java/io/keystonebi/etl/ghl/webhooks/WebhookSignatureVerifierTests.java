package io.keystonebi.etl.ghl.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.keystonebi.etl.EtlProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookSignatureVerifierTests {

	static final byte[] BODY = "{\"type\":\"ContactCreate\",\"id\":\"c1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void theKeysGhlPublishesAreTheDefaultsAndParse() {
		EtlProperties.Ghl.Webhooks defaults = new EtlProperties.Ghl.Webhooks(true,
				List.of(EtlProperties.Ghl.Webhooks.GHL_ED25519_KEY), List.of(EtlProperties.Ghl.Webhooks.GHL_RSA_KEY),
				true, null, 500, 5000, null, null, true, 100, 5, null);
		WebhookSignatureVerifier verifier = WebhookSignatureVerifier.of(defaults);
		assertThat(verifier.verify(BODY, null, null)).isEqualTo(WebhookSignatureVerifier.Result.MISSING);
		assertThat(verifier.verify(BODY, "bm90IGEgc2lnbmF0dXJl", null))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
	}

	@Test
	void eitherOfTwoRotatingKeysVerifiesAndPemIsAccepted() throws Exception {
		KeyPair oldKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		KeyPair newKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String pem = "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(newKey.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
		WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(PublicKeys.parse(
				List.of(Base64.getEncoder().encodeToString(oldKey.getPublic().getEncoded()), pem), "Ed25519", "keys"),
				List.of(), true);
		assertThat(verifier.verify(BODY, sign(oldKey), null)).isEqualTo(WebhookSignatureVerifier.Result.VERIFIED);
		assertThat(verifier.verify(BODY, sign(newKey), null)).isEqualTo(WebhookSignatureVerifier.Result.VERIFIED);
		assertThat(verifier.verify("{}".getBytes(StandardCharsets.UTF_8), sign(newKey), null))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
	}

	@Test
	void legacySignaturesCanBeSwitchedOff() {
		WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(List.of(), List.of(), false);
		assertThat(verifier.verify(BODY, null, "c2lnbmF0dXJl"))
			.isEqualTo(WebhookSignatureVerifier.Result.LEGACY_REFUSED);
	}

	@Test
	void aKeyThatCannotBeReadIsNamedByItsPropertyAndPosition() {
		assertThatExceptionOfType(WebhookKeyInvalidException.class)
			.isThrownBy(() -> PublicKeys.parse(List.of(EtlProperties.Ghl.Webhooks.GHL_ED25519_KEY, "not-a-key"),
					"Ed25519", "bi.etl.ghl.webhooks.ed25519-public-keys"))
			.withMessageStartingWith(
					"bi.etl.ghl.webhooks.ed25519-public-keys[1] is not a PEM or base64 Ed25519 public key");
	}

	private static String sign(KeyPair pair) throws Exception {
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(BODY);
		return Base64.getEncoder().encodeToString(signer.sign());
	}

}
