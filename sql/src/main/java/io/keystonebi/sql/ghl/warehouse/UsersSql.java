package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** GHL users. Team, office and the agent flag are brokerage settings and are never touched here. */
@UseClasspathSqlLocator
public interface UsersSql {

	@SqlUpdate
	void upsert(@BindMethods UserRow row);

}
