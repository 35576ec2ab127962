package io.keystonebi.api.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.sql.accounts.AccountRow;

/**
 * The signed-in account a request acts for, as it was when the session or token was checked.
 *
 * @param accountId the account
 * @param username its sign-in name
 * @param displayName the name shown
 * @param role what it may do
 * @param warehouseUserId an agent's own warehouse user, or null
 * @param teamId a manager's team, or null
 * @param credentialsVersion the account's version when access was granted
 */
public record Caller(long accountId, String username, String displayName, Role role, Long warehouseUserId,
		Long teamId, int credentialsVersion) implements Serializable {

	static Caller of(AccountRow row) {
		return new Caller(row.id(), row.username(), row.displayName(), Role.of(row.role()), row.warehouseUserId(),
				row.teamId(), row.credentialsVersion());
	}

	/**
	 * @param authentication a request's authentication, or null
	 * @return the caller behind it, or null when nobody of ours is signed in (anonymous)
	 */
	public static Caller from(Authentication authentication) {
		return CallerAuthentication.callerOf(authentication);
	}

	/** @return whether this account may change anything or export personal data */
	public boolean readOnly() {
		return this.role == Role.VIEWER;
	}

	/** @return the kinds of column this account may not see, in pages, files and e-mails alike */
	public Set<Sensitivity> hiddenColumns() {
		return readOnly() ? Sensitivity.hiddenFromReadOnly() : EnumSet.noneOf(Sensitivity.class);
	}

}
