package io.keystonebi.api.openapi;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Finds, for each kind of {@link ScopedObject}, the id of one outside a caller's data scope, with a statement
 * per kind in {@code ForeignObjects/<kind>.sql} (binding the caller's {@code :user} and {@code :team}).
 */
final class ForeignObjects {

	private final Jdbi jdbi;

	ForeignObjects(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param kind a {@code x-scoped-object} kind, e.g. {@code contact}
	 * @param caller whose scope the object must be outside; callers who see the whole brokerage get one outside
	 * the matrix agent's scope
	 * @return its id, if the warehouse has one
	 */
	Optional<Long> outsideScopeOf(String kind, MatrixCaller caller) {
		MatrixCaller owner = caller.scoped() ? caller : MatrixCaller.AGENT;
		String sql;
		try {
			sql = ClasspathSqlLocator.create().locate(ForeignObjects.class, kind);
		}
		catch (RuntimeException ex) {
			throw new AssertionError("The role matrix does not know how to find a " + kind + " outside a caller's "
					+ "scope: add ForeignObjects/" + kind + ".sql beside ForeignObjects", ex);
		}
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql)
			.bind("user", owner.agentUserId())
			.bind("team", owner.teamId())
			.mapTo(Long.class)
			.findOne());
	}

}
