package io.keystonebi.etl.imports;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import io.keystonebi.sql.imports.ImportRunsSql;

/** Keeps {@code import_runs} in step with the job: running when an execution starts, then completed or failed. */
final class ImportRunListener implements JobExecutionListener {

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
