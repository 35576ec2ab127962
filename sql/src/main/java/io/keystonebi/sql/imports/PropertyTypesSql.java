package io.keystonebi.sql.imports;

import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Property types (or service lines) by name. */
@UseClasspathSqlLocator
@AllowUnusedBindings
public interface PropertyTypesSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@Override
	@SqlUpdate
	int merge(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

}
