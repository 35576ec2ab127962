package io.keystonebi.sql.accounts;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each account's own dashboard layout, kept as JSON ({@code dashboard_layouts}). */
@UseClasspathSqlLocator
public interface DashboardLayoutsSql {

	/** @return the account's saved layout as JSON text, or empty when it never saved one */
	@SqlQuery
	Optional<String> byAccount(@Bind("accountId") long accountId);

	/** Stores the layout (JSON text), replacing the one saved before. */
	@SqlUpdate
	void save(@Bind("accountId") long accountId, @Bind("layout") String layout);

}
