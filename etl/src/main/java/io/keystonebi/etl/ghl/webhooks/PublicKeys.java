package io.keystonebi.etl.ghl.webhooks;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads configured public keys, PEM or bare base64 of the X.509 SubjectPublicKeyInfo, failing at start-up. */
final class PublicKeys {

	private PublicKeys() {
	}

	static List<PublicKey> parse(List<String> texts, String algorithm, String property) {
		List<PublicKey> keys = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			keys.add(parse(texts.get(i), algorithm, property + "[" + i + "]"));
		}
		return List.copyOf(keys);
	}

	private static PublicKey parse(String text, String algorithm, String name) {
		String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64);
			return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new WebhookKeyInvalidException(
					name + " is not a PEM or base64 " + algorithm + " public key: " + ex.getMessage(), ex);
		}
	}

}
