package io.keystonebi.sql.ghl.warehouse;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Notes on contacts. */
@UseClasspathSqlLocator
public interface NotesSql {

	@SqlUpdate
	void upsert(@BindMethods NoteRow row);

}
