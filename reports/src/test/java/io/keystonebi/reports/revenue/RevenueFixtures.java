package io.keystonebi.reports.revenue;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The hand-made data set of the revenue and agents pages' tests; a script beside this class. */
public final class RevenueFixtures {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private RevenueFixtures() {
	}

	/**
	 * Harbor Homes (New York): three agents, one team, deals won on both sides of the local midnights that bound
	 * March 2026, open and lost deals, targets, messages and appointments. Loaded once per database: the test
	 * classes sharing a Spring context share its database.
	 */
	public static void harborHomes(Jdbi jdbi) {
		jdbi.useHandle((handle) -> {
			if (handle.createQuery("select count(*) from locations").mapTo(Long.class).one() == 0) {
				handle.createScript(SQL.locate(RevenueFixtures.class, "harborHomes")).execute();
			}
		});
	}

}
