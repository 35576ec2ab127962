package io.keystonebi.sql.accounts;

import java.time.OffsetDateTime;

/**
 * An account as administrators see it: no password hash, with the names of the agent and team it is tied to.
 *
 * @param id the account id
 * @param username the sign-in name
 * @param displayName the name shown
 * @param role admin, executive, manager, agent or viewer
 * @param warehouseUserId the agent's warehouse user, or null
 * @param agentName that user's name, or null
 * @param teamId the manager's team, or null
 * @param teamName that team's name, or null
 * @param active whether the account may sign in
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param email where its scheduled reports are sent, or null
 */
public record AccountOverviewRow(long id, String username, String displayName, String role, Long warehouseUserId,
		String agentName, Long teamId, String teamName, boolean active, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String email) {
}
