package io.keystonebi.api.rollups;

import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the full rollup rebuild as a recorded Spring Batch job and reports how it went. */
@Component
class RollupRebuilds {

	private final JobOperator jobOperator;

	private final Job rebuildJob;

	RollupRebuilds(JobOperator jobOperator, @Qualifier("rollupRebuildJob") Job rebuildJob) {
		this.jobOperator = jobOperator;
		this.rebuildJob = rebuildJob;
	}

	RollupRunResult rebuild() throws Exception {
		JobExecution execution = this.jobOperator.start(this.rebuildJob,
				new JobParametersBuilder().addLong("requestedAt", System.currentTimeMillis()).toJobParameters());
		long days = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map(Throwable::getMessage)
			.collect(Collectors.joining("; "));
		return new RollupRunResult(execution.getId(), execution.getStatus().name(), days, execution.getStartTime(),
				execution.getEndTime(), failure.isEmpty() ? null : failure);
	}

}
