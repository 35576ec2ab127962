package io.keystonebi.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Webhooks", description = "Where GoHighLevel sends its events.")
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
	@Operation(summary = "Receive a GHL webhook delivery",
			description = "For GoHighLevel, not for people: needs no sign-in, but only a delivery whose signature "
					+ "one of the configured keys verifies, over the body exactly as sent, is kept. It is stored "
					+ "once (a repeated delivery is recognised) and applied to the warehouse by the drain.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The event as GHL sends it, at most bi.etl.ghl.webhooks.max-body-size.",
					content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
	@ApiResponse(responseCode = "200", description = "Stored (or recognised as a repeat); applied shortly.")
	@ApiResponse(responseCode = "400", description = "The body is not a JSON event.")
	@ApiResponse(responseCode = "401", description = "No signature header, or no configured key verifies it.")
	@ApiResponse(responseCode = "404", description = "Webhooks are switched off on this server.")
	@ApiResponse(responseCode = "413", description = "The body is larger than bi.etl.ghl.webhooks.max-body-size.")
	@ApiResponse(responseCode = "429", description = "The delivery could not be stored just now; GHL sends it "
			+ "again later.")
	WebhookInbox.Receipt receive(@Parameter(hidden = true) HttpServletRequest request,
			@Parameter(description = "Ed25519 signature of the body, base64 (GHL's current scheme).",
					example = "t7Yq1m0pVx3kQ9fZ2c8bR5nW4sE6hJ1uA0dL3gK7vN2yC9xB5zT8rF4qP6mS1oU3iE0wD7aH2jG5lK9nM4bV6cA==")
			@RequestHeader(name = "X-GHL-Signature", required = false) String signature,
			@Parameter(description = "RSA-SHA256 signature of the body, base64 (GHL's older scheme, accepted "
					+ "while bi.etl.ghl.webhooks.legacy-signatures is on).", example = "c2lnbmF0dXJlIG9mIHRoZSBib2R5")
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
