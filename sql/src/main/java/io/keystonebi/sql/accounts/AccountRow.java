package io.keystonebi.sql.accounts;

import java.time.OffsetDateTime;

/**
 * An account as stored.
 *
 * @param id the account id
 * @param username the sign-in name, lowercase
 * @param displayName the name shown
 * @param passwordHash the encoded password ({@code {bcrypt}...})
 * @param role admin, executive, manager, agent or viewer
 * @param warehouseUserId the agent's warehouse user, or null
 * @param teamId the manager's team, or null
 * @param active whether the account may sign in
 * @param credentialsVersion bumped by every change that ends existing access
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param email where its scheduled reports are sent, or null
 */
public record AccountRow(long id, String username, String displayName, String passwordHash, String role,
		Long warehouseUserId, Long teamId, boolean active, int credentialsVersion, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String email) {
}
