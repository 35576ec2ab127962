package io.keystonebi.sql.test;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** Hand-made data sets shared by the modules' tests; each is a script beside this class. */
public final class Fixtures {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private Fixtures() {
	}

	/**
	 * A New York location with two agents, three leads (one not a lead), three deals and their stage
	 * entries around local midnights of February and March 2026; the rollup tests work their expectations
	 * out from it by hand.
	 */
	public static void newYorkFebruaryAndMarch(Jdbi jdbi) {
		jdbi.useHandle(handle -> handle.createScript(SQL.locate(Fixtures.class, "newYorkFebruaryAndMarch")).execute());
	}

}
