package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Messages, calls and e-mails. */
@UseClasspathSqlLocator
public interface MessagesSql {

	@SqlUpdate
	void upsert(@BindMethods MessageRow row);

}
