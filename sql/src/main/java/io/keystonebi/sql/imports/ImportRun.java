package io.keystonebi.sql.imports;

import java.time.OffsetDateTime;

/**
 * One import of a file, as recorded in {@code import_runs}.
 *
 * @param id the run's id
 * @param jobExecutionId the latest Spring Batch execution of the run (a restart adds one), or null
 * @param fileName the imported file's name
 * @param mappingName the mapping used
 * @param target what the rows became
 * @param status {@code running}, {@code completed} or {@code failed}
 * @param rowsRead data rows read so far
 * @param rowsLoaded rows merged into the warehouse
 * @param rowsQuarantined rows refused and kept in quarantine
 * @param message why the run failed, or null
 * @param startedAt when the run was created
 * @param finishedAt when it ended, or null while running
 */
public record ImportRun(long id, Long jobExecutionId, String fileName, String mappingName, String target, String status,
		long rowsRead, long rowsLoaded, long rowsQuarantined, String message, OffsetDateTime startedAt,
		OffsetDateTime finishedAt) {

	/** @return whether the run loaded its whole file */
	public boolean completed() {
		return "completed".equals(this.status);
	}

}
