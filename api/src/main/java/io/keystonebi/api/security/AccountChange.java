package io.keystonebi.api.security;

/**
 * What an account is to be: the fields an administrator may set, and nothing else.
 *
 * @param username the sign-in name (ignored when updating: names do not change)
 * @param displayName the name shown
 * @param role what it may do
 * @param warehouseUserId for an agent, the warehouse user whose records are theirs
 * @param teamId for a manager, the team they run
 * @param active whether it may sign in
 * @param email where its scheduled reports are sent, or null for none
 */
public record AccountChange(String username, String displayName, Role role, Long warehouseUserId, Long teamId,
		boolean active, String email) {

	/** An account without an e-mail address. */
	public AccountChange(String username, String displayName, Role role, Long warehouseUserId, Long teamId,
			boolean active) {
		this(username, displayName, role, warehouseUserId, teamId, active, null);
	}

}
