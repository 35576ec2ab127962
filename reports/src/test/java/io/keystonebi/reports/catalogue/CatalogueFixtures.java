package io.keystonebi.reports.catalogue;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import io.keystonebi.reports.revenue.RevenueFixtures;

/** Harbor Homes (see {@link RevenueFixtures}) plus lead-source spend and market sales; a script beside this class. */
public final class CatalogueFixtures {

	private CatalogueFixtures() {
	}

	/** Loads the data once per database. */
	public static void load(Jdbi jdbi) {
		RevenueFixtures.harborHomes(jdbi);
		jdbi.useHandle((handle) -> {
			if (handle.createQuery("select count(*) from lead_source_costs").mapTo(Long.class).one() == 0) {
				handle.createScript(ClasspathSqlLocator.create().locate(CatalogueFixtures.class, "extras")).execute();
			}
		});
	}

}
