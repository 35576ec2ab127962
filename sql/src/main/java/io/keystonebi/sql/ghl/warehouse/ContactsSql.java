package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** GHL contacts (custom field values are not written here). */
@UseClasspathSqlLocator
public interface ContactsSql {

	@SqlUpdate
	void upsert(@BindMethods ContactRow row);

}
