package io.keystonebi.sql.audit;

import java.time.OffsetDateTime;

/**
 * An audit entry as stored.
 *
 * @param id its place in the chain, from 1, without gaps
 * @param occurredAt when it happened
 * @param actorAccountId the account that acted, or null
 * @param actorUsername that account's username, or null
 * @param actorRole that account's role id, or null
 * @param action what happened
 * @param resource what it happened to, or null
 * @param scope the data scope key, or null
 * @param detail the JSON object of further detail, as text
 * @param requestId the request's id, or null
 * @param clientAddress the client's address, or null
 * @param prevHash the previous entry's hash (32 zero bytes for entry 1)
 * @param hash SHA-256 of {@code prevHash} and the entry's canonical form
 */
public record AuditEntryRow(long id, OffsetDateTime occurredAt, Long actorAccountId, String actorUsername,
		String actorRole, String action, String resource, String scope, String detail, String requestId,
		String clientAddress, byte[] prevHash, byte[] hash) {
}
