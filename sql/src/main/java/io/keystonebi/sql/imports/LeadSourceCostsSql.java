package io.keystonebi.sql.imports;

import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What each lead source cost per month. */
@UseClasspathSqlLocator
@AllowUnusedBindings
public interface LeadSourceCostsSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@Override
	@SqlUpdate
	int merge(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

}
