package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tasks. At equal times a completed version wins over an open one, as a deleted one does over a live one. */
@UseClasspathSqlLocator
public interface TasksSql {

	@SqlUpdate
	void upsert(@BindMethods TaskRow row);

}
