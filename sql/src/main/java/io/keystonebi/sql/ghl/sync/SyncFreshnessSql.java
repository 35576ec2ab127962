package io.keystonebi.sql.ghl.sync;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** How fresh the warehouse's GHL data is per location: sync runs and webhook inbox side by side (read only). */
@UseClasspathSqlLocator
public interface SyncFreshnessSql {

	/**
	 * @return every location that is connected to GHL, has a sync status row or has received webhook events, ordered
	 * by name; events without a location id are not counted anywhere
	 */
	@SqlQuery
	@RegisterConstructorMapper(LocationSyncRow.class)
	List<LocationSyncRow> locations();

	/**
	 * @param demoLocation the source id of the demo location
	 * @return when a spreadsheet import last completed, and whether the demo data set is loaded
	 */
	@SqlQuery
	@RegisterConstructorMapper(ImportedDataRow.class)
	ImportedDataRow imports(@Bind("demoLocation") String demoLocation);

}
