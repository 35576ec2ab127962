package io.keystonebi.api.admin;

import java.time.OffsetDateTime;

import io.keystonebi.sql.accounts.AccountOverviewRow;

/**
 * An account as the admin API returns it (never its password or its hash).
 *
 * @param id the account id
 * @param username the sign-in name
 * @param displayName the name shown
 * @param role admin, executive, manager, agent or viewer
 * @param warehouseUserId an agent account's warehouse user, or null
 * @param agentName that user's name, or null
 * @param teamId a manager account's team, or null
 * @param teamName that team's name, or null
 * @param active whether it may sign in
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param email where its scheduled reports are sent, or null
 */
record UserView(long id, String username, String displayName, String role, Long warehouseUserId, String agentName,
		Long teamId, String teamName, boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		String email) {

	static UserView of(AccountOverviewRow row) {
		return new UserView(row.id(), row.username(), row.displayName(), row.role(), row.warehouseUserId(),
				row.agentName(), row.teamId(), row.teamName(), row.active(), row.createdAt(), row.updatedAt(),
				row.email());
	}

}
