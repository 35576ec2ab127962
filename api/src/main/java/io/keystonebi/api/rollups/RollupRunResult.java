package io.keystonebi.api.rollups;

import java.time.LocalDateTime;

/**
 * The outcome of a rollup rebuild.
 *
 * @param jobExecutionId the Spring Batch execution that did the work
 * @param status how it ended (COMPLETED or FAILED)
 * @param daysRebuilt how many location-days hold data and were rebuilt
 * @param startedAt when it started (server time)
 * @param endedAt when it ended (server time)
 * @param failure what went wrong, when it failed
 */
record RollupRunResult(long jobExecutionId, String status, long daysRebuilt, LocalDateTime startedAt,
		LocalDateTime endedAt, String failure) {
}
