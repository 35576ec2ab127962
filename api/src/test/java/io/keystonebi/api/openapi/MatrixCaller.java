package io.keystonebi.api.openapi;

import java.util.List;

import io.keystonebi.api.security.Role;

/**
 * Someone the role matrix calls the API as.
 *
 * @param name how the dynamic tests name them, e.g. {@code MANAGER}
 * @param role their role, or null when not signed in
 * @param agentUserId an agent's warehouse user, or null
 * @param teamId a manager's team, or null
 */
record MatrixCaller(String name, Role role, Long agentUserId, Long teamId) {

	/** Alice Moreno (warehouse user 1), of the North team. */
	static final MatrixCaller AGENT = new MatrixCaller("AGENT", Role.AGENT, 1L, null);

	static final MatrixCaller ANONYMOUS = new MatrixCaller("ANONYMOUS", null, null, null);

	/** Every role, with the manager leading North (team 10) and the agent Alice, and someone not signed in. */
	static final List<MatrixCaller> ALL = List.of(new MatrixCaller("ADMIN", Role.ADMIN, null, null),
			new MatrixCaller("EXECUTIVE", Role.EXECUTIVE, null, null), new MatrixCaller("MANAGER", Role.MANAGER, null, 10L),
			AGENT, new MatrixCaller("VIEWER", Role.VIEWER, null, null), ANONYMOUS);

	/** @return whether their data scope is narrower than the brokerage (a team, or their own book) */
	boolean scoped() {
		return this.role != null && this.role.scope() != io.keystonebi.reports.scope.DataScope.Kind.BROKERAGE;
	}

}
