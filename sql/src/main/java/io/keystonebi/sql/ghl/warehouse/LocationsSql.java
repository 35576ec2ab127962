package io.keystonebi.sql.ghl.warehouse;

import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** GHL locations. Data for a location nobody has synced yet creates it rather than being dropped. */
@UseClasspathSqlLocator
public interface LocationsSql {

	/**
	 * @param sourceId a GHL location id
	 * @return the warehouse id of the location, created (named by its id, in UTC) when unknown, for a sync to
	 * fill in later
	 */
	default long ensure(String sourceId) {
		// An empty answer means another transaction created the location in between; it is visible now.
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<Long> id = findOrCreate(sourceId);
			if (id.isPresent()) {
				return id.get();
			}
		}
		throw new IllegalStateException("Location " + sourceId + " could be neither found nor created");
	}

	/** @return the location's warehouse id; empty when a concurrent insert of the same location won the race */
	@SqlQuery("ensure")
	Optional<Long> findOrCreate(@Bind("sourceId") String sourceId);

	/** @return the stored location, or empty when there is none */
	@SqlQuery
	@RegisterConstructorMapper(LocationRow.class)
	Optional<LocationRow> find(@Bind("sourceId") String sourceId);

	/** @return the location's warehouse id, whether or not this version was newer than the stored one */
	@SqlQuery
	long upsert(@BindMethods LocationRow row);

}
