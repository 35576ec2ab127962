package io.keystonebi.sql.schedules;

import java.time.Instant;

/**
 * A schedule's recipient as stored.
 *
 * @param id the recipient id
 * @param scheduleId its schedule
 * @param kind account, team or email
 * @param accountId the account of an account recipient
 * @param teamId the team of a team recipient
 * @param email the address of an outside recipient
 * @param externalScope brokerage, team or agent for an outside recipient
 * @param externalScopeId the team or warehouse user of that scope
 * @param unsubscribedAt when it unsubscribed, or null
 */
public record RecipientRow(long id, long scheduleId, String kind, Long accountId, Long teamId, String email,
		String externalScope, Long externalScopeId, Instant unsubscribedAt) {
}
