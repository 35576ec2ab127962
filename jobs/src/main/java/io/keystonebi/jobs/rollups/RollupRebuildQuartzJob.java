package io.keystonebi.jobs.rollups;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs the full rollup rebuild as a Spring Batch job, so each night's run is recorded with its outcome.
 */
@DisallowConcurrentExecution
class RollupRebuildQuartzJob extends QuartzJobBean {

	private final JobOperator jobOperator;

	private final Job rebuild;

	RollupRebuildQuartzJob(JobOperator jobOperator, @Qualifier("rollupRebuildJob") Job rebuild) {
		this.jobOperator = jobOperator;
		this.rebuild = rebuild;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		JobParameters parameters = new JobParametersBuilder()
			.addLong("scheduledFireTime", context.getScheduledFireTime().getTime())
			.toJobParameters();
		try {
			this.jobOperator.start(this.rebuild, parameters);
		}
		catch (Exception ex) {
			throw new JobExecutionException("Nightly rollup rebuild could not start: " + ex.getMessage(), ex);
		}
	}

}
