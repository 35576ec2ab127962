package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Calendar appointments. */
@UseClasspathSqlLocator
public interface AppointmentsSql {

	@SqlUpdate
	void upsert(@BindMethods AppointmentRow row);

}
