package io.keystonebi.api.webhooks;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.webhooks.WebhookInbox;
import io.keystonebi.etl.ghl.webhooks.WebhookInboxUnavailableException;
import io.keystonebi.etl.ghl.webhooks.WebhookPayloadMalformedException;
import io.keystonebi.etl.ghl.webhooks.WebhookSignatureVerifier;

/**
 * Receives GoHighLevel webhook deliveries. Public, because GHL calls it, but only a delivery whose signature a
 * configured key verifies (over the bytes exactly as received) is stored; it is answered 200 once stored, so
 * the warehouse catches up a few seconds later when the drain runs.
 */
@RestController
class GhlWebhookController {

	private static final Logger log = LoggerFactory.getLogger(GhlWebhookController.class);

	private final WebhookSignatureVerifier verifier;

	private final WebhookInbox inbox;

	private final EtlProperties.Ghl.Webhooks settings;

	GhlWebhookController(WebhookSignatureVerifier verifier, WebhookInbox inbox, EtlProperties properties) {
		this.verifier = verifier;
		this.inbox = inbox;
		this.settings = properties.ghl().webhooks();
	}

	@PostMapping("/api/v1/webhooks/ghl")
	WebhookInbox.Receipt receive(HttpServletRequest request,
			@RequestHeader(name = "X-GHL-Signature", required = false) String signature,
			@RequestHeader(name = "X-WH-Signature", required = false) String legacySignature) throws IOException {
		if (!this.settings.enabled()) {
			throw new WebhooksDisabledException("GHL webhooks are switched off on this server");
		}
		byte[] body = read(request);
		checkSignature(body, signature, legacySignature);
		try {
			return this.inbox.accept(body);
		}
		catch (WebhookPayloadMalformedException ex) {
			throw new WebhookBodyMalformedException(ex.getMessage());
		}
		catch (WebhookInboxUnavailableException ex) {
			log.warn("{}; answering 429 so GHL sends it again", ex.getMessage());
			throw new WebhookNotStoredException("The delivery could not be stored; send it again later");
		}
	}

	// Reads at most one byte past the limit, so an oversized body is refused without being held in memory.
	private byte[] read(HttpServletRequest request) throws IOException {
		long max = this.settings.maxBodySize().toBytes();
		if (request.getContentLengthLong() > max) {
			throw tooLarge(request.getContentLengthLong(), max);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE));
			if (body.length > max) {
				throw tooLarge(body.length, max);
			}
			return body;
		}
	}

	private static WebhookTooLargeException tooLarge(long size, long max) {
		return new WebhookTooLargeException(
				"The delivery has " + ((size > max + 1) ? size : "more than " + max) + " bytes; at most " + max
						+ " are accepted");
	}

	private void checkSignature(byte[] body, String signature, String legacySignature) {
		switch (this.verifier.verify(body, signature, legacySignature)) {
			case VERIFIED -> {
			}
			case MISSING -> throw new WebhookSignatureRejectedException(
					"The delivery carries neither an X-GHL-Signature nor an X-WH-Signature header");
			case LEGACY_REFUSED -> throw new WebhookSignatureRejectedException(
					"Only X-GHL-Signature is accepted; X-WH-Signature is switched off on this server");
			default -> throw new WebhookSignatureRejectedException((signature != null)
					? "X-GHL-Signature does not verify with any configured Ed25519 key"
					: "X-WH-Signature does not verify with any configured RSA key");
		}
	}

}
