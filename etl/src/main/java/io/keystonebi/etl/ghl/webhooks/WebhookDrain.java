package io.keystonebi.etl.ghl.webhooks;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

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

	// Two nodes starting drains at the same moment can conflict while creating their runs (a deadlock, or a
	// serialization failure where the job repository is set back to serializable); the loser starts again.
	private static final int START_ATTEMPTS = 3;

	private final ReentrantLock running = new ReentrantLock();

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
	 * Runs the drain when there is something to apply, after any drain running on this node: for the drain on
	 * receipt. An idle inbox costs one query instead of a recorded batch job.
	 * @return the run's outcome, or empty when nothing was pending
	 * @throws Exception when the job cannot start
	 */
	public Optional<Result> drainIfPending() throws Exception {
		this.running.lock();
		return drainHoldingLock();
	}

	/**
	 * Like {@link #drainIfPending()}, but returns at once when a drain is running on this node: for the schedule,
	 * whose next tick comes soon, while the drain on receipt waits its turn.
	 * @return the run's outcome, or empty when nothing was pending or a drain was running
	 * @throws Exception when the job cannot start
	 */
	public Optional<Result> drainIfPendingAndIdle() throws Exception {
		return this.running.tryLock() ? drainHoldingLock() : Optional.empty();
	}

	private Optional<Result> drainHoldingLock() throws Exception {
		try {
			return pending() ? Optional.of(drain()) : Optional.empty();
		}
		finally {
			this.running.unlock();
		}
	}

	private boolean pending() {
		return this.jdbi.onDemand(WebhookInboxSql.class)
			.hasPending(this.settings.maxAttempts(), this.settings.retryDelay().toSeconds());
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
		JobExecution execution = start(parameters);
		StepExecution apply = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("ghlWebhookApply"))
			.findFirst()
			.orElse(null);
		return new Result(execution.getStatus(), (apply != null) ? apply.getReadCount() : 0,
				(apply != null) ? apply.getWriteCount() : 0);
	}

	private JobExecution start(JobParameters parameters) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return this.jobOperator.start(this.drainJob, parameters);
			}
			catch (RuntimeException ex) {
				if (attempt == START_ATTEMPTS || !TransientFailures.isTransient(ex)) {
					throw ex;
				}
			}
		}
	}

}
