package io.keystonebi.sql.ghl.sync;

import java.time.Instant;

/**
 * Where data not synced from GHL came from.
 *
 * @param lastImportAt when a spreadsheet import last completed, or null
 * @param demoData whether the demo location exists
 */
public record ImportedDataRow(Instant lastImportAt, boolean demoData) {
}
