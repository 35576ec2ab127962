package io.keystonebi.etl.imports;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.keystonebi.sql.imports.ImportRunsSql;

/**
 * Keeps {@code import_runs} in step with the job: running when an execution starts, then completed or failed; after
 * a bulk load, refreshes the warehouse's planner statistics.
 */
final class ImportRunListener implements JobExecutionListener {

	// From this many rows on, an import changes the tables enough for the planner's statistics to mislead it (a
	// monthly report pack took 6 s instead of 0.5 s right after the demo's load); smaller ones are left to autovacuum.
	private static final long BULK = 1000;

	private final Jdbi jdbi;

	ImportRunListener(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		runs().started(runId(execution), execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			runs().finished(runId(execution), "completed", null);
			long written = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
			if (written >= BULK) {
				runs().analyzeWarehouse();
			}
		}
		else {
			runs().finished(runId(execution), "failed", FailureMessages.of(execution));
		}
	}

	private ImportRunsSql runs() {
		return this.jdbi.onDemand(ImportRunsSql.class);
	}

	private static long runId(JobExecution execution) {
		return ImportParameters.of(execution.getJobParameters()).runId();
	}

}
