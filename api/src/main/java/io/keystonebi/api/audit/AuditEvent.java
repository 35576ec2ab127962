package io.keystonebi.api.audit;

import java.util.Map;

/**
 * Something the audit log must record, published with Spring's {@code ApplicationEventPublisher} by whoever did
 * it (sign-in, administration, exports, schedule changes).
 *
 * @param actorAccountId the account that acted, or null when nobody was signed in (a failed sign-in)
 * @param actorUsername its username, or the name given
 * @param actorRole its role id, or null
 * @param action what happened, dotted: {@code account.create}, {@code schedule.change}, {@code data.export}, ...
 * @param resource what it happened to, e.g. {@code account:42} or {@code GET /api/v1/dashboard/summary}
 * @param scope the data scope it happened in ({@code DataScope.key()}), or null
 * @param detail anything else worth keeping; never passwords, tokens or personal data
 */
public record AuditEvent(Long actorAccountId, String actorUsername, String actorRole, String action,
		String resource, String scope, Map<String, Object> detail) {
}
