package io.keystonebi.etl.ghl.webhooks;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.sql.ghl.inbox.WebhookInboxSql;

/** Runs the webhook drain job once and waits for it: called by the scheduler every few seconds, and by tests. */
public class WebhookDrain {

	private static final AtomicLong sequence = new AtomicLong();

	private final JobOperator jobOperator;

	private final Job drainJob;

	private final Jdbi jdbi;

	private final EtlProperties.Ghl.Webhooks settings;

	WebhookDrain(JobOperator jobOperator, Job drainJob, Jdbi jdbi, EtlProperties.Ghl.Webhooks settings) {
		this.jobOperator = jobOperator;
		this.drainJob = drainJob;
		this.jdbi = jdbi;
		this.settings = settings;
	}

	/**
	 * Runs the drain when there is something to apply. The schedule calls this every few seconds; an idle inbox
	 * then costs one query instead of a recorded batch job each time.
	 * @return the run's outcome, or empty when nothing was pending
	 * @throws Exception when the job cannot start
	 */
	public Optional<Result> drainIfPending() throws Exception {
		boolean pending = this.jdbi.onDemand(WebhookInboxSql.class)
			.hasPending(this.settings.maxAttempts(), this.settings.retryDelay().toSeconds());
		return pending ? Optional.of(drain()) : Optional.empty();
	}

	/**
	 * What one run did.
	 *
	 * @param status how the job ended
	 * @param eventsRead events claimed
	 * @param eventsWritten events applied, ignored or recorded as failed
	 */
	public record Result(BatchStatus status, long eventsRead, long eventsWritten) {
	}

	/**
	 * Applies every pending event (claimed in batches) and refreshes the rollups they touched.
	 * @return the run's outcome
	 * @throws Exception when the job cannot start
	 */
	public Result drain() throws Exception {
		// Each run is its own job instance; the time plus a counter keeps two runs in one millisecond apart.
		JobParameters parameters = new JobParametersBuilder().addLong("run", System.currentTimeMillis())
			.addLong("sequence", sequence.incrementAndGet())
			.toJobParameters();
		JobExecution execution = this.jobOperator.start(this.drainJob, parameters);
		StepExecution apply = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("ghlWebhookApply"))
			.findFirst()
			.orElse(null);
		return new Result(execution.getStatus(), (apply != null) ? apply.getReadCount() : 0,
				(apply != null) ? apply.getWriteCount() : 0);
	}

}
