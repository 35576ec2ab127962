package io.keystonebi.sql.test;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Whole rows of a table as PostgreSQL prints them (every column, {@code bytea} as hex), to check what the
 * database holds independently of the application's readers.
 */
public final class RawRows {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private RawRows() {
	}

	/** @return each row of the table as one line of text */
	public static List<String> of(Jdbi jdbi, String table) {
		return jdbi.withHandle((handle) -> handle.createQuery(SQL.locate(RawRows.class, "rows"))
			.define("table", table)
			.mapTo(String.class)
			.list());
	}

}
