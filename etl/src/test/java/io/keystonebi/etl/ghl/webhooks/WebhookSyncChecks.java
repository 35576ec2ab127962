package io.keystonebi.etl.ghl.webhooks;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** Reads (and one write) of the warehouse the webhook-and-sync tests make, independent of the code under test. */
@UseClasspathSqlLocator
interface WebhookSyncChecks {

	/** @return every row of a table keyed by (location_id, source_id) for the location, by source id */
	@SqlQuery
	@UseRowMapper(MapMapper.class)
	List<Map<String, Object>> rows(@Define("table") String table, @Bind("location") String location);

	/**
	 * Stores next to the message {@code sourceId} the row a webhook delivery of it without messageId leaves when it
	 * is applied at the same time as the sync writes the message.
	 */
	@SqlUpdate
	int copyAsProvisional(@Bind("location") String location, @Bind("sourceId") String sourceId,
			@Bind("provisionalId") String provisionalId);

}
