package io.keystonebi.etl.ghl.sync;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.client.GhlLocationClient;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;

/**
 * One sync run of one location, as its steps see it.
 *
 * @param mode full or incremental
 * @param locationSourceId the GHL location id
 * @param locationId the location's warehouse id
 * @param runAt when the run first started (a restart keeps it): the version time of records GHL gives no update
 * time, and the time of the deletes a full run applies
 * @param client the location's API client (its rate budget)
 * @param settings page sizes, overlap, appointment windows
 * @param jdbi the warehouse
 */
record SyncRun(SyncMode mode, String locationSourceId, long locationId, OffsetDateTime runAt, GhlLocationClient client,
		EtlProperties.Ghl.Sync settings, Jdbi jdbi) {

	boolean full() {
		return this.mode == SyncMode.FULL;
	}

	/**
	 * @return where an incremental read of the entity starts (its high-water mark minus the overlap), or null
	 * to read everything: in a full run, and before the entity was ever read
	 */
	Instant since(String entity) {
		if (full()) {
			return null;
		}
		return this.jdbi.onDemand(GhlSyncSql.class)
			.highWaterMark(this.locationSourceId, entity)
			.map((mark) -> mark.toInstant().minus(this.settings.overlap()))
			.orElse(null);
	}

}
