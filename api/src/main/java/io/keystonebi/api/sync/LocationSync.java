package io.keystonebi.api.sync;

import java.time.Duration;
import java.time.Instant;

import io.keystonebi.sql.ghl.sync.LocationSyncRow;

/**
 * One location's GHL freshness.
 *
 * @param row what the warehouse records about its syncs and webhook events
 * @param dataAsOf the time up to which every change made in GHL is in the warehouse, or null before its first
 * completed sync (see {@link SyncStatusService})
 * @param lag how far the warehouse is behind GHL: the report's time minus {@code dataAsOf}, never negative; null
 * with {@code dataAsOf}
 * @param status fresh, stale or never synced
 */
public record LocationSync(LocationSyncRow row, Instant dataAsOf, Duration lag, Freshness status) {

	/** @return the location's name, or its GHL id while the warehouse has no row for it */
	public String displayName() {
		return (this.row.name() != null) ? this.row.name() : this.row.locationSourceId();
	}

}
