package io.keystonebi.etl.ghl.webhooks;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

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
	void ed25519VerificationAgreesWithTheJdkOnGenuineTamperedAndNonCanonicalSignatures() throws Exception {
		KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(List.of(key.getPublic()), List.of(), true);
		Random random = new Random(20261125);
		for (int i = 0; i < 200; i++) {
			byte[] body = new byte[random.nextInt(2048)];
			random.nextBytes(body);
			byte[] signature = sign(key, body);
			assertThat(verifier.verify(body, Base64.getEncoder().encodeToString(signature), null))
				.isEqualTo(WebhookSignatureVerifier.Result.VERIFIED);
			byte[] tampered = signature.clone();
			tampered[random.nextInt(tampered.length)] ^= (byte) (1 << random.nextInt(8));
			assertThat(verifier.verify(body, Base64.getEncoder().encodeToString(tampered), null))
				.isEqualTo(jdkVerifies(key, body, tampered) ? WebhookSignatureVerifier.Result.VERIFIED
						: WebhookSignatureVerifier.Result.INVALID);
			if (body.length > 0) {
				byte[] changed = body.clone();
				changed[random.nextInt(changed.length)] ^= 1;
				assertThat(verifier.verify(changed, Base64.getEncoder().encodeToString(signature), null))
					.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
			}
		}
		// S + L verifies mathematically but is not canonical; RFC 8032 (and the JDK) refuse it.
		byte[] signature = sign(key, BODY);
		byte[] malleable = signature.clone();
		BigInteger order = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
		byte[] s = Arrays.copyOfRange(signature, 32, 64);
		BigInteger bigger = new BigInteger(1, reverse(s)).add(order);
		byte[] encoded = reverse(toFixed(bigger.toByteArray(), 32));
		System.arraycopy(encoded, 0, malleable, 32, 32);
		assertThat(jdkVerifies(key, BODY, malleable)).isFalse();
		assertThat(verifier.verify(BODY, Base64.getEncoder().encodeToString(malleable), null))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(verifier.verify(BODY, Base64.getEncoder().encodeToString(Arrays.copyOf(signature, 63)), null))
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

	private static byte[] sign(KeyPair pair, byte[] body) throws Exception {
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(body);
		return signer.sign();
	}

	private static boolean jdkVerifies(KeyPair pair, byte[] body, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(pair.getPublic());
			verifier.update(body);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] reverse(byte[] bytes) {
		byte[] reversed = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			reversed[i] = bytes[bytes.length - 1 - i];
		}
		return reversed;
	}

	// Big-endian, left-padded or stripped of its sign byte to exactly the given length.
	private static byte[] toFixed(byte[] bigEndian, int length) {
		byte[] fixed = new byte[length];
		int copy = Math.min(bigEndian.length, length);
		System.arraycopy(bigEndian, bigEndian.length - copy, fixed, length - copy, copy);
		return fixed;
	}

	private static String sign(KeyPair pair) throws Exception {
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(BODY);
		return Base64.getEncoder().encodeToString(signer.sign());
	}

}
