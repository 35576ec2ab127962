package io.keystonebi.sql.ghl.inbox;

import java.time.OffsetDateTime;

/**
 * One stored webhook delivery, as recorded in {@code webhook_inbox}.
 *
 * @param id the row's id
 * @param webhookId GHL's {@code webhookId} (or the id derived from the delivery's bytes)
 * @param eventType the payload's {@code type}
 * @param locationSourceId the GHL location id, or null
 * @param eventAt when the event happened (see {@link NewWebhookEvent})
 * @param receivedAt when the endpoint stored it
 * @param payload the JSON body
 * @param attempts how many times the drain has tried to apply it
 * @param processedAt when it was applied or ignored, or null while pending or failing
 * @param outcome {@code applied}, {@code ignored} (a type the warehouse does not use), or null
 * @param lastError why the last attempt failed, or null
 */
public record InboxEvent(long id, String webhookId, String eventType, String locationSourceId, OffsetDateTime eventAt,
		OffsetDateTime receivedAt, String payload, int attempts, OffsetDateTime processedAt, String outcome,
		String lastError) {
}
