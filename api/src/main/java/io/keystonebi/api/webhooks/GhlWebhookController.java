package io.keystonebi.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.webhooks.PromptDrain;
import io.keystonebi.etl.ghl.webhooks.WebhookInbox;
import io.keystonebi.etl.ghl.webhooks.WebhookInboxUnavailableException;
import io.keystonebi.etl.ghl.webhooks.WebhookPayloadMalformedException;
import io.keystonebi.etl.ghl.webhooks.WebhookSignatureVerifier;

/**
 * Receives GoHighLevel webhook deliveries. Public, because GHL calls it, but only a delivery whose signature a
 * configured key verifies (over the bytes exactly as received) is stored; it is answered 200 once stored, so
 * the warehouse catches up when the drain this starts (or the scheduled one) has run.
 */
@RestController
class GhlWebhookController {

	private static final Logger log = LoggerFactory.getLogger(GhlWebhookController.class);

	/** Deliveries by outcome: stored, duplicate, rejected (signature, size, JSON) or not_stored (answered 429). */
	static final String DELIVERIES = "bi.ghl.webhooks.deliveries";

	private final WebhookSignatureVerifier verifier;

	private final WebhookInbox inbox;

	private final EtlProperties.Ghl.Webhooks settings;

	private final Optional<PromptDrain> promptDrain;

	// Looked up once: a delivery only increments its outcome's counter.
	private final Map<String, Counter> deliveries;

	GhlWebhookController(WebhookSignatureVerifier verifier, WebhookInbox inbox, EtlProperties properties,
			Optional<PromptDrain> promptDrain, MeterRegistry meters) {
		this.verifier = verifier;
		this.inbox = inbox;
		this.settings = properties.ghl().webhooks();
		this.promptDrain = promptDrain;
		// Every outcome's series exists from the start, so a rate over it is 0 rather than missing.
		this.deliveries = Stream.of("stored", "duplicate", "rejected", "not_stored")
			.collect(Collectors.toUnmodifiableMap(Function.identity(),
					(outcome) -> meters.counter(DELIVERIES, "outcome", outcome)));
	}

	@PostMapping("/api/v1/webhooks/ghl")
	WebhookInbox.Receipt receive(HttpServletRequest request,
			@RequestHeader(name = "X-GHL-Signature", required = false) String signature,
			@RequestHeader(name = "X-WH-Signature", required = false) String legacySignature) throws IOException {
		if (!this.settings.enabled()) {
			throw new WebhooksDisabledException("GHL webhooks are switched off on this server");
		}
		String outcome = "rejected";
		try {
			byte[] body = read(request);
			checkSignature(body, signature, legacySignature);
			WebhookInbox.Receipt receipt = this.inbox.accept(body);
			if (!receipt.duplicate()) {
				this.promptDrain.ifPresent(PromptDrain::request);
			}
			outcome = receipt.duplicate() ? "duplicate" : "stored";
			return receipt;
		}
		catch (WebhookPayloadMalformedException ex) {
			throw new WebhookBodyMalformedException(ex.getMessage());
		}
		catch (WebhookInboxUnavailableException ex) {
			outcome = "not_stored";
			log.warn("{}; answering 429 so GHL sends it again", ex.getMessage());
			throw new WebhookNotStoredException("The delivery could not be stored; send it again later");
		}
		finally {
			this.deliveries.get(outcome).increment();
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
