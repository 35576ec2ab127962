package io.keystonebi.api.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.keystonebi.sql.ghl.sync.LocationSyncRow;

/**
 * The JSON of {@code GET /api/v1/sync/status} (snake_case by the application's naming strategy). Times are UTC
 * instants; lags are whole seconds.
 */
record SyncStatusResponse(Instant generatedAt, String status, long staleAfterSeconds, Long worstLagSeconds,
		Instant dataAsOf, Instant lastImportAt, boolean demoData, List<Location> locations) {

	static SyncStatusResponse of(SyncReport report) {
		return new SyncStatusResponse(report.generatedAt(), report.status().code(), report.staleAfter().toSeconds(),
				seconds(report.worstLag()), report.dataAsOf(), report.lastImportAt(), report.demoData(),
				report.locations().stream().map(Location::of).toList());
	}

	private static Long seconds(Duration duration) {
		return (duration != null) ? duration.toSeconds() : null;
	}

	record Location(String locationSourceId, String name, String timeZone, boolean connected, String status,
			Long lagSeconds, Instant dataAsOf, Instant lastEventAt, Instant lastEventAppliedAt,
			Instant lastIncrementalSyncAt, Instant lastFullSyncAt, String lastRunKind, String lastRunStatus,
			Instant lastRunStartedAt, Instant lastRunEndedAt, String lastRunError, long inboxBacklog,
			long failedEvents) {

		static Location of(LocationSync location) {
			LocationSyncRow row = location.row();
			return new Location(row.locationSourceId(), row.name(), row.timezone(), row.connected(),
					location.status().code(), seconds(location.lag()), location.dataAsOf(), row.lastEventAt(),
					row.lastEventAppliedAt(), row.lastIncrementalFinishedAt(), row.lastFullFinishedAt(),
					row.lastRunKind(), row.lastRunStatus(), row.lastRunStartedAt(), row.lastRunEndedAt(),
					row.lastError(), row.inboxBacklog(), row.failedEvents());
		}

	}

}
