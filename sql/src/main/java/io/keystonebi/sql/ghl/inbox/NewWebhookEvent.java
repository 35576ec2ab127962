package io.keystonebi.sql.ghl.inbox;

import java.time.OffsetDateTime;

/**
 * A verified webhook delivery about to be stored.
 *
 * @param webhookId GHL's {@code webhookId}, or an id derived from the delivery's bytes when it has none
 * @param eventType the payload's {@code type}, as sent
 * @param locationSourceId the GHL location id the event belongs to, or null when the payload names none
 * @param eventAt when the event happened: its {@code timestamp}, else its own update or creation time, else
 * when it was received
 * @param payload the JSON body
 */
public record NewWebhookEvent(String webhookId, String eventType, String locationSourceId, OffsetDateTime eventAt,
		String payload) {
}
