package io.keystonebi.sql.imports;

import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Closed home sales of the local market (public records), by source id and sale day. */
@UseClasspathSqlLocator
@AllowUnusedBindings
public interface MarketSalesSql extends TargetSql {

	@Override
	@SqlUpdate
	void createStage();

	@Override
	@SqlUpdate
	int merge(@Bind("locationId") long locationId, @Bind("timezone") String timezone);

}
