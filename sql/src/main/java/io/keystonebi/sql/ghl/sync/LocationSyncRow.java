package io.keystonebi.sql.ghl.sync;

import java.time.Instant;

/**
 * How the GHL data of one location stands: its syncs ({@code ghl_sync_status}) and its webhook events
 * ({@code webhook_inbox}).
 *
 * @param locationSourceId the GHL location id
 * @param name the location's name in the warehouse, or null before anything has created it there
 * @param timezone the location's IANA time zone, or null likewise
 * @param connected whether it has a GHL connection ({@code ghl_connections})
 * @param lastFullFinishedAt when a full sync last completed, or null
 * @param lastIncrementalFinishedAt when an incremental sync last completed, or null
 * @param lastRunKind {@code full} or {@code incremental}, or null before any run
 * @param lastRunStatus the Spring Batch status the last run ended with ({@code STARTED} while it runs)
 * @param lastRunStartedAt when the last run started
 * @param lastRunEndedAt when the last run ended, or null while it runs
 * @param lastError the last run's failure, or null
 * @param lastEventAt when the newest webhook event for the location was received, or null
 * @param lastEventAppliedAt when an event for the location was last applied to the warehouse, or null
 * @param inboxBacklog events received but not yet tried
 * @param failedEvents events not applied whose last attempt failed (retried or left for an admin)
 * @param oldestUnprocessedReceivedAt when the oldest of the backlog and failed events was received, or null
 */
public record LocationSyncRow(String locationSourceId, String name, String timezone, boolean connected,
		Instant lastFullFinishedAt, Instant lastIncrementalFinishedAt, String lastRunKind, String lastRunStatus,
		Instant lastRunStartedAt, Instant lastRunEndedAt, String lastError, Instant lastEventAt,
		Instant lastEventAppliedAt, long inboxBacklog, long failedEvents, Instant oldestUnprocessedReceivedAt) {
}
