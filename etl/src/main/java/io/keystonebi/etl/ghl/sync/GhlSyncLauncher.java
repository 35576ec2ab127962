package io.keystonebi.etl.ghl.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.ConcurrencyFailureException;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.client.GhlClients;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/**
 * Runs a sync for every connected location, side by side on a bounded pool, each location within its own rate
 * budget, and waits for all. A location whose last run of the same kind failed gets that run restarted (same
 * parameters), so it resumes after its last committed page instead of starting over.
 */
public final class GhlSyncLauncher {

	private static final Log logger = LogFactory.getLog(GhlSyncLauncher.class);

	private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

	private static final int START_ATTEMPTS = 5;

	private final AtomicBoolean saidNothingToSync = new AtomicBoolean();

	private final JobOperator jobOperator;

	private final SyncJobFactory jobs;

	private final GhlClients clients;

	private final Jdbi jdbi;

	private final EtlProperties.Ghl.Sync settings;

	private final Clock clock;

	GhlSyncLauncher(JobOperator jobOperator, SyncJobFactory jobs, GhlClients clients, Jdbi jdbi,
			EtlProperties.Ghl.Sync settings, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobs = jobs;
		this.clients = clients;
		this.jdbi = jdbi;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Syncs every connected location; with none, does nothing (said once, at debug level).
	 * @return one result per location, in the order of the connected locations
	 */
	public List<SyncResult> runAll(SyncMode mode) {
		List<String> locations = this.clients.connectedLocations();
		if (locations.isEmpty()) {
			if (this.saidNothingToSync.compareAndSet(false, true) && logger.isDebugEnabled()) {
				logger.debug("No GHL location is connected: the GHL syncs have nothing to do");
			}
			return List.of();
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(locations.size(), this.settings.parallelLocations()));
		try {
			List<Future<SyncResult>> running = new ArrayList<>();
			for (String location : locations) {
				running.add(pool.submit(() -> run(mode, location)));
			}
			List<SyncResult> results = new ArrayList<>();
			for (int i = 0; i < running.size(); i++) {
				results.add(outcome(mode, locations.get(i), running.get(i)));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Syncs one location: restarts its failed last run of this kind, else starts a new one now. */
	public SyncResult run(SyncMode mode, String locationSourceId) {
		OffsetDateTime runAt = this.jdbi.onDemand(GhlSyncSql.class)
			.status(locationSourceId)
			.filter((status) -> mode.kind().equals(status.lastRunKind()) && RESTARTABLE.contains(status.lastRunStatus())
					&& status.lastRunStartedAt() != null)
			.map((status) -> status.lastRunStartedAt())
			.orElseGet(() -> OffsetDateTime.now(this.clock));
		return run(mode, locationSourceId, runAt);
	}

	/** Runs (or restarts, for the same {@code runAt}) one location's sync and waits for it to end. */
	SyncResult run(SyncMode mode, String locationSourceId, OffsetDateTime runAt) {
		Instant at = runAt.toInstant().truncatedTo(ChronoUnit.MILLIS);
		long locationId = this.jdbi.onDemand(LocationsSql.class).ensure(locationSourceId);
		SyncRun run = new SyncRun(mode, locationSourceId, locationId, at.atOffset(ZoneOffset.UTC),
				this.clients.forLocation(locationSourceId), this.settings, this.jdbi);
		JobParameters parameters = new JobParametersBuilder().addString("location", locationSourceId)
			.addLong("runAt", at.toEpochMilli())
			.toJobParameters();
		try {
			JobExecution execution = start(this.jobs.create(run), parameters);
			String error = execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse(null);
			return new SyncResult(locationSourceId, mode, execution.getStatus(), error);
		}
		catch (Exception ex) {
			logger.warn("GHL " + mode.kind() + " sync of location " + locationSourceId + " could not start", ex);
			return new SyncResult(locationSourceId, mode, BatchStatus.FAILED, ex.getMessage());
		}
	}

	/**
	 * Spring Batch creates a job execution in a serializable transaction, and PostgreSQL refuses one of two
	 * created at the same moment (a serialization failure) even when they are of different locations. The
	 * refused transaction wrote nothing, so the start is simply tried again.
	 */
	private JobExecution start(Job job, JobParameters parameters) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return this.jobOperator.start(job, parameters);
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt >= START_ATTEMPTS) {
					throw ex;
				}
				Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
			}
		}
	}

	private static SyncResult outcome(SyncMode mode, String location, Future<SyncResult> result) {
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SyncResult(location, mode, BatchStatus.STOPPED, "interrupted");
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return new SyncResult(location, mode, BatchStatus.FAILED, ex.getCause().getMessage());
		}
	}

}
