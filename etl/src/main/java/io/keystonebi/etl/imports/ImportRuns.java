package io.keystonebi.etl.imports;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import io.keystonebi.sql.imports.QuarantinedRow;
import io.keystonebi.sql.imports.ImportRunsSql;
import io.keystonebi.sql.imports.ImportRun;

/** Reads import runs and their quarantined rows. */
public class ImportRuns {

	private static final int SAMPLE_SIZE = 5;

	private final ImportRunsSql sql;

	ImportRuns(Jdbi jdbi) {
		this.sql = jdbi.onDemand(ImportRunsSql.class);
	}

	/** @return the run with its first quarantined rows; fails naming the id when there is no such run */
	public ImportRunSummary summary(long runId) {
		return new ImportRunSummary(find(runId), this.sql.quarantine(runId, 0, SAMPLE_SIZE));
	}

	/** @return the run; fails naming the id when there is no such run */
	public ImportRun find(long runId) {
		return this.sql.find(runId).orElseThrow(() -> new ImportRunNotFoundException("No import run with id " + runId));
	}

	/** @return whether the warehouse has a location with this source id */
	public boolean hasLocation(String sourceId) {
		return this.sql.findLocation(sourceId).isPresent();
	}

	/**
	 * @param runId the run
	 * @param offset how many rows (by line) to skip
	 * @param limit the most rows to return
	 * @return the run's quarantined rows, by line
	 */
	public List<QuarantinedRow> quarantine(long runId, long offset, int limit) {
		find(runId);
		return this.sql.quarantine(runId, offset, limit);
	}

}
