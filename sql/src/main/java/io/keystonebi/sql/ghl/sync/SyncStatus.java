package io.keystonebi.sql.ghl.sync;

import java.time.OffsetDateTime;

/**
 * How the GHL sync of one location stands ({@code ghl_sync_status}).
 *
 * @param locationSourceId the GHL location id
 * @param lastFullFinishedAt when a full sync last completed, or null
 * @param lastIncrementalFinishedAt when an incremental sync last completed, or null
 * @param lastRunKind {@code full} or {@code incremental}
 * @param lastRunStatus the Spring Batch status the last run ended with ({@code COMPLETED}, {@code FAILED}, ...)
 * @param lastRunStartedAt when the last run started
 * @param lastRunEndedAt when the last run ended
 * @param lastError the last run's failure, or null when it completed
 */
public record SyncStatus(String locationSourceId, OffsetDateTime lastFullFinishedAt,
		OffsetDateTime lastIncrementalFinishedAt, String lastRunKind, String lastRunStatus,
		OffsetDateTime lastRunStartedAt, OffsetDateTime lastRunEndedAt, String lastError) {
}
