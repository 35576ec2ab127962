package io.keystonebi.api.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jdbi.v3.core.Jdbi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.web.ApiException;
import io.keystonebi.api.web.InvalidRequestParameterException;
import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.webhooks.PromptDrain;
import io.keystonebi.sql.ghl.inbox.InboxEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Where an admin sees the webhook deliveries that could not be applied (and why), and sends one back to the
 * drain once the cause is fixed. Admin-only (under {@code /api/v1/admin/}).
 */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@Tag(name = "Webhook deliveries", description = "GHL webhook deliveries that could not be applied (administrators).")
class WebhookAdminController {

	private static final int MAX_LIMIT = 500;

	private final Jdbi jdbi;

	private final int maxAttempts;

	private final Optional<PromptDrain> promptDrain;

	WebhookAdminController(Jdbi jdbi, EtlProperties properties, Optional<PromptDrain> promptDrain) {
		this.jdbi = jdbi;
		this.maxAttempts = properties.ghl().webhooks().maxAttempts();
		this.promptDrain = promptDrain;
	}

	/**
	 * A delivery whose last attempt failed.
	 *
	 * @param webhookId the delivery's id
	 * @param eventType its type
	 * @param locationSourceId the GHL location it belongs to, when it names one
	 * @param eventAt when the event happened
	 * @param receivedAt when it was stored
	 * @param attempts attempts so far
	 * @param lastError why the last attempt failed
	 * @param givenUp whether the drain stopped trying ({@code attempts} reached the maximum): only a retry
	 * brings it back
	 * @param payload the delivery's JSON, as received
	 */
	record FailedDelivery(String webhookId, String eventType, String locationSourceId, OffsetDateTime eventAt,
			OffsetDateTime receivedAt, int attempts, String lastError, boolean givenUp, String payload) {
	}

	/** @return the deliveries whose last attempt failed, newest first */
	@GetMapping("/failures")
	@Operation(summary = "Webhook deliveries that failed",
			description = "The deliveries whose last attempt to apply them failed, newest first, with the reason, "
					+ "the attempts so far, whether the drain gave up on them, and the payload as received.")
	List<FailedDelivery> failures(@Parameter(description = "How many to return, 1 to 500.", example = "50")
	@RequestParam(name = "limit", defaultValue = "50") String limit) {
		int count = limit(limit);
		return this.jdbi.onDemand(WebhookInboxSql.class).failures(count).stream().map(this::describe).toList();
	}

	/** Sends a delivery that was not applied back to the drain, with a fresh set of attempts. */
	@PostMapping("/{webhookId}/retry")
	@Operation(summary = "Retry a failed webhook delivery",
			description = "Sends a delivery that was not applied back to the drain with a fresh set of attempts, "
					+ "once the cause of its failure is fixed, and starts the drain.")
	@ApiResponse(responseCode = "202", description = "The delivery is queued again; as it is now.")
	@ApiResponse(responseCode = "409", description = "The delivery was applied already.")
	ResponseEntity<FailedDelivery> retry(
			@Parameter(description = "The delivery's webhook id.", example = "5f1d2c3b-8a4e-4f60-9b7d-2e1c0a9d8f71")
			@PathVariable("webhookId") String webhookId) {
		WebhookInboxSql inbox = this.jdbi.onDemand(WebhookInboxSql.class);
		InboxEvent event = inbox.retry(webhookId).orElseThrow(() -> {
			boolean known = inbox.find(webhookId).isPresent();
			return known ? new DeliveryConflictException("Webhook delivery " + webhookId + " was applied already")
					: new DeliveryNotFoundException("There is no webhook delivery " + webhookId);
		});
		this.promptDrain.ifPresent(PromptDrain::request);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(describe(event));
	}

	private FailedDelivery describe(InboxEvent event) {
		return new FailedDelivery(event.webhookId(), event.eventType(), event.locationSourceId(), event.eventAt(),
				event.receivedAt(), event.attempts(), event.lastError(), event.attempts() >= this.maxAttempts,
				event.payload());
	}

	private static int limit(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below.
		}
		throw new InvalidRequestParameterException("limit", text,
				"limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'");
	}

	/** No delivery with the id. */
	static final class DeliveryNotFoundException extends ApiException {

		DeliveryNotFoundException(String detail) {
			super(HttpStatus.NOT_FOUND, "Webhook delivery not found", detail);
		}

	}

	/** The delivery was applied; there is nothing to retry. */
	static final class DeliveryConflictException extends ApiException {

		DeliveryConflictException(String detail) {
			super(HttpStatus.CONFLICT, "Webhook delivery already applied", detail);
		}

	}

}
