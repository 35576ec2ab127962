package io.keystonebi.sql.schedules;

/**
 * What a report recipient's account says about whose data it gets and where it is sent.
 *
 * @param id the account id
 * @param displayName the name shown
 * @param role admin, executive, manager, agent or viewer
 * @param email where its reports go, or null
 * @param active whether the account is active
 * @param warehouseUserId an agent's warehouse user, or null
 * @param teamId a manager's team, or null
 */
public record RecipientAccountRow(long id, String displayName, String role, String email, boolean active,
		Long warehouseUserId, Long teamId) {
}
