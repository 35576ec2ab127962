package io.keystonebi.sql.audit;

import java.time.OffsetDateTime;

/**
 * An audit entry about to be appended; the database gives it its id and hashes.
 *
 * @param occurredAt when it happened (not when it was written: entries are written in batches)
 * @param actorAccountId the account that acted, or null when nobody was signed in
 * @param actorUsername that account's username, or null
 * @param actorRole that account's role id, or null
 * @param action what happened, dotted: {@code data.read}, {@code sign_in.failed}, ...
 * @param resource what it happened to, e.g. {@code GET /api/v1/dashboard/summary}, or null
 * @param scope the data scope key it happened in, or null
 * @param detail a JSON object with anything else worth keeping
 * @param requestId the request's {@code X-Request-Id}, or null outside a request
 * @param clientAddress the client's address, or null outside a request
 */
public record NewAuditEntry(OffsetDateTime occurredAt, Long actorAccountId, String actorUsername, String actorRole,
		String action, String resource, String scope, String detail, String requestId, String clientAddress) {
}
