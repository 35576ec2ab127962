package io.keystonebi.etl.ghl.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import io.keystonebi.sql.ghl.sync.GhlSyncSql;

/** Records each run's start, end, status and error per location, for the sync status an admin reads. */
final class SyncRunListener implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(SyncRunListener.class);

	private final SyncRun run;

	private final BooleanSupplier leaseHeld;

	SyncRunListener(SyncRun run, BooleanSupplier leaseHeld) {
		this.run = run;
		this.leaseHeld = leaseHeld;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.run.jdbi()
			.onDemand(GhlSyncSql.class)
			.started(this.run.locationSourceId(), this.run.mode().kind(), this.run.runAt());
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!this.leaseHeld.getAsBoolean()) {
			// Another process took the run over (this one had been cut off from the database for too long); the
			// status is its to record.
			logger.warn("GHL " + this.run.mode().kind() + " sync of location " + this.run.locationSourceId()
					+ " ended " + execution.getStatus() + " after another process took it over; not recorded");
			return;
		}
		GhlSyncSql sync = this.run.jdbi().onDemand(GhlSyncSql.class);
		String error = execution.getAllFailureExceptions()
			.stream()
			.map((ex) -> ex.getClass().getSimpleName() + ": " + ex.getMessage())
			.distinct()
			.collect(Collectors.joining("; "));
		sync.ended(this.run.locationSourceId(), this.run.mode().kind(), execution.getStatus().name(),
				OffsetDateTime.now(ZoneOffset.UTC), error.isEmpty() ? null : error);
		if (execution.getStatus() == BatchStatus.COMPLETED && this.run.full()) {
			// A failed run keeps its seen ids: its restart continues the same read.
			sync.forgetSeen(execution.getJobInstance().getInstanceId());
		}
	}

}
