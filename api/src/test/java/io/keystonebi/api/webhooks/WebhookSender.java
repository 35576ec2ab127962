package io.keystonebi.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs and posts webhook deliveries the way GHL does, with key pairs made for the test run; the endpoint under
 * test is configured with their public keys.
 */
public final class WebhookSender {

	public static final KeyPair ED25519 = generate("Ed25519", 0);

	static final KeyPair RSA = generate("RSA", 2048);

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public WebhookSender(int port) {
		this.port = port;
	}

	public static String publicKey(KeyPair pair) {
		return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
	}

	static String sample(String name) {
		try (InputStream in = WebhookSender.class.getResourceAsStream("samples/webhook-" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts with an Ed25519 X-GHL-Signature. */
	public HttpResponse<String> send(String body) {
		String signature = sign(body, "Ed25519", ED25519.getPrivate());
		return post(body.getBytes(StandardCharsets.UTF_8), "X-GHL-Signature", signature);
	}

	/** Posts with only the legacy RSA X-WH-Signature. */
	HttpResponse<String> sendLegacy(String body) {
		return post(body.getBytes(StandardCharsets.UTF_8), "X-WH-Signature",
				sign(body, "SHA256withRSA", RSA.getPrivate()));
	}

	HttpResponse<String> post(byte[] body, String... headers) {
		URI endpoint = URI.create("http://127.0.0.1:" + this.port + "/api/v1/webhooks/ghl");
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String sign(String body, String algorithm, PrivateKey key) {
		try {
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(body.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate(String algorithm, int size) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			if (size > 0) {
				generator.initialize(size);
			}
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
