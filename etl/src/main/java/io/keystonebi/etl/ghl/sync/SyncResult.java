package io.keystonebi.etl.ghl.sync;

import org.springframework.batch.core.BatchStatus;

/**
 * How one location's sync run ended.
 *
 * @param locationSourceId the GHL location id
 * @param mode full or incremental
 * @param status the job's status
 * @param error what failed, or null
 */
public record SyncResult(String locationSourceId, SyncMode mode, BatchStatus status, String error) {
}
