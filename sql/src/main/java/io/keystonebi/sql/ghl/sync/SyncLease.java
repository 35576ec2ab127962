package io.keystonebi.sql.ghl.sync;

import java.time.OffsetDateTime;

/**
 * Who runs a location's sync of one kind ({@code ghl_sync_leases}).
 *
 * @param owner the process and run holding the lease
 * @param renewedAt when the owner last renewed it
 */
public record SyncLease(String owner, OffsetDateTime renewedAt) {
}
