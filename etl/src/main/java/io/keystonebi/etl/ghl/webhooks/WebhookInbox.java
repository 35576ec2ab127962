package io.keystonebi.etl.ghl.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.springframework.dao.DataAccessException;

import io.keystonebi.sql.ghl.inbox.NewWebhookEvent;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/**
 * Stores verified webhook deliveries for the drain. Only a stored delivery may be answered 200: GHL never
 * sends an answered event again, so a delivery that cannot be stored fails with
 * {@link WebhookInboxUnavailableException}, which the endpoint answers 429, the one status GHL retries.
 */
public class WebhookInbox {

	private final Jdbi jdbi;

	private final Clock clock;

	WebhookInbox(Jdbi jdbi, Clock clock) {
		this.jdbi = jdbi;
		this.clock = clock;
	}

	/**
	 * What storing a delivery did.
	 *
	 * @param webhookId the delivery's webhook id (GHL's, or derived from its bytes)
	 * @param eventType its {@code type}
	 * @param duplicate whether an earlier delivery of the same event was already stored
	 */
	public record Receipt(String webhookId, String eventType, boolean duplicate) {
	}

	/**
	 * @param body a verified delivery's bytes
	 * @return the stored (or already stored) event's receipt
	 * @throws WebhookPayloadMalformedException when the body is not a JSON object
	 * @throws WebhookInboxUnavailableException when it cannot be stored
	 */
	public Receipt accept(byte[] body) {
		WebhookEnvelope envelope = WebhookEnvelope.parse(body);
		NewWebhookEvent event = envelope.toNewEvent(OffsetDateTime.now(this.clock));
		try {
			boolean stored = this.jdbi.onDemand(WebhookInboxSql.class).insert(event).isPresent();
			return new Receipt(event.webhookId(), event.eventType(), !stored);
		}
		catch (JdbiException | DataAccessException ex) {
			throw new WebhookInboxUnavailableException(
					"Webhook " + event.webhookId() + " could not be stored: " + ex.getMessage(), ex);
		}
	}

}
