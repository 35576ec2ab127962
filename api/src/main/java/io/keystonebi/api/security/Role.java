package io.keystonebi.api.security;

import java.util.Locale;

import io.keystonebi.reports.scope.DataScope;

/** What an account may do. Its data scope follows from it (see {@link Caller#scope}). */
public enum Role {

	/** Manages users, teams, schedules, imports and thresholds; sees the whole brokerage. */
	ADMIN(DataScope.Kind.BROKERAGE),

	/** Reads everything in the brokerage, exports included. */
	EXECUTIVE(DataScope.Kind.BROKERAGE),

	/** Reads their team's figures, leads, deals and conversations. */
	MANAGER(DataScope.Kind.TEAM),

	/** Reads their own leads, deals, conversations and figures. */
	AGENT(DataScope.Kind.AGENT),

	/** Reads the whole brokerage's figures; no exports of personal data, changes nothing. */
	VIEWER(DataScope.Kind.BROKERAGE);

	private final DataScope.Kind scope;

	Role(DataScope.Kind scope) {
		this.scope = scope;
	}

	/** @return the width of this role's data scope */
	public DataScope.Kind scope() {
		return this.scope;
	}

	/** @return the name as stored and in tokens, e.g. {@code manager} */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the Spring Security authority, e.g. {@code ROLE_MANAGER} */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * @param id a stored role name
	 * @return the role
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static Role of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
