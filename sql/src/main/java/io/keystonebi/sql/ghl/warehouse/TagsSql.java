package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The location's tags. GHL gives them no update time; the reading sync's time stands in for it. */
@UseClasspathSqlLocator
public interface TagsSql {

	@SqlUpdate
	void upsert(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId, @Bind("name") String name,
			@Bind("sourceUpdatedAt") OffsetDateTime sourceUpdatedAt);

}
