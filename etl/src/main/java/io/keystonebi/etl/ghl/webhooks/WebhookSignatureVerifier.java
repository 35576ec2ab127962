package io.keystonebi.etl.ghl.webhooks;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import io.keystonebi.etl.EtlProperties;

/**
 * Checks that a webhook delivery was signed by GHL, over the raw request bytes: {@code X-GHL-Signature}
 * (Ed25519) when present, and then only it, as GHL's SDK does; otherwise the legacy {@code X-WH-Signature}
 * (RSA-SHA256, PKCS#1 v1.5) while legacy signatures are accepted. Any configured key may match, so a rotation
 * can list the old and the new key together.
 */
public final class WebhookSignatureVerifier {

	/** What a check found. */
	public enum Result {

		/** A configured key verifies the signature. */
		VERIFIED,
		/** The delivery carries no signature header. */
		MISSING,
		/** A signature is present but no configured key verifies it (or it is not base64). */
		INVALID,
		/** Only the legacy signature is present, and legacy signatures are switched off. */
		LEGACY_REFUSED

	}

	private final List<PublicKey> ed25519Keys;

	private final List<PublicKey> rsaKeys;

	private final boolean legacyAccepted;

	WebhookSignatureVerifier(List<PublicKey> ed25519Keys, List<PublicKey> rsaKeys, boolean legacyAccepted) {
		this.ed25519Keys = ed25519Keys;
		this.rsaKeys = rsaKeys;
		this.legacyAccepted = legacyAccepted;
	}

	static WebhookSignatureVerifier of(EtlProperties.Ghl.Webhooks settings) {
		String prefix = "bi.etl.ghl.webhooks.";
		return new WebhookSignatureVerifier(
				PublicKeys.parse(settings.ed25519PublicKeys(), "Ed25519", prefix + "ed25519-public-keys"),
				PublicKeys.parse(settings.rsaPublicKeys(), "RSA", prefix + "rsa-public-keys"),
				settings.legacySignatures());
	}

	/**
	 * @param body the request body exactly as received
	 * @param ghlSignature the {@code X-GHL-Signature} header, or null
	 * @param legacySignature the {@code X-WH-Signature} header, or null
	 * @return whether the delivery may be stored
	 */
	public Result verify(byte[] body, String ghlSignature, String legacySignature) {
		if (ghlSignature != null) {
			return verifies(body, ghlSignature, "Ed25519", this.ed25519Keys) ? Result.VERIFIED : Result.INVALID;
		}
		if (legacySignature == null) {
			return Result.MISSING;
		}
		if (!this.legacyAccepted) {
			return Result.LEGACY_REFUSED;
		}
		return verifies(body, legacySignature, "SHA256withRSA", this.rsaKeys) ? Result.VERIFIED : Result.INVALID;
	}

	private static boolean verifies(byte[] body, String header, String algorithm, List<PublicKey> keys) {
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(header.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		for (PublicKey key : keys) {
			if (verifies(body, signature, algorithm, key)) {
				return true;
			}
		}
		return false;
	}

	private static boolean verifies(byte[] body, byte[] signature, String algorithm, PublicKey key) {
		try {
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(key);
			verifier.update(body);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			// A signature of the wrong length or shape is simply not a valid one.
			return false;
		}
	}

}
