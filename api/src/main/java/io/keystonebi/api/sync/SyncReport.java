package io.keystonebi.api.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fresh the warehouse's GHL data is, per location and overall.
 *
 * @param generatedAt the time the lags are measured from
 * @param status {@link Freshness#NOT_CONNECTED} without locations, else the worst location's status
 * (never synced, then stale, then fresh)
 * @param staleAfter the lag beyond which a location is stale
 * @param worstLag the largest lag of any location, or null when none has completed a sync
 * @param dataAsOf the oldest of the locations' {@link LocationSync#dataAsOf()}, or null likewise
 * @param lastImportAt when a spreadsheet import last completed, or null
 * @param demoData whether the demo data set is loaded
 * @param locations every location connected to GHL, synced from it or named by a webhook, by name
 */
public record SyncReport(Instant generatedAt, Freshness status, Duration staleAfter, Duration worstLag,
		Instant dataAsOf, Instant lastImportAt, boolean demoData, List<LocationSync> locations) {
}
