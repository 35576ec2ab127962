package io.keystonebi.etl.ghl.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.client.GhlClients;
import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.warehouse.LocationsSql;

/**
 * Runs a sync for every connected location, side by side on a bounded pool, each location within its own rate
 * budget, and waits for all. A location whose last run of the same kind failed gets that run restarted (same
 * parameters), so it resumes after its last committed page instead of starting over.
 * <p>
 * A run whose process died (killed, out of memory, power lost) stays STARTED in the job repository, where Spring
 * Batch would refuse to restart it. Each launch therefore first takes the location's lease for the job
 * ({@link SyncLeases}); holding it proves that no live process, on any node, runs that location's sync of that
 * kind, so every execution of it still STARTED (or STOPPING) was left by a dead one. Those are marked FAILED with
 * {@link JobOperator#recover} (their step execution contexts, and with them the page cursors, stay as last
 * committed), and the newest is restarted: it resumes where the dead process last committed. When a live process
 * holds the lease, the launch does nothing and says so.
 */
public final class GhlSyncLauncher implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(GhlSyncLauncher.class);

	private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

	private static final int START_ATTEMPTS = 5;

	private final AtomicBoolean saidNothingToSync = new AtomicBoolean();

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final SyncJobFactory jobs;

	private final SyncLeases leases;

	private final GhlClients clients;

	private final Jdbi jdbi;

	private final EtlProperties.Ghl.Sync settings;

	private final Clock clock;

	GhlSyncLauncher(JobOperator jobOperator, JobRepository jobRepository, SyncJobFactory jobs, SyncLeases leases,
			GhlClients clients, Jdbi jdbi, EtlProperties.Ghl.Sync settings, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs;
		this.leases = leases;
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

	/**
	 * Syncs one location and waits for the run to end: restarts the run of this kind a dead process left behind,
	 * else its failed last run of this kind, else starts a new one now.
	 * @return how the run ended; status {@code STARTED} without waiting when a live process (this one or another
	 * node) is running the location's sync of this kind, the error naming it
	 */
	public SyncResult run(SyncMode mode, String locationSourceId) {
		return leased(mode, locationSourceId, null);
	}

	/**
	 * Runs (or restarts, for the same {@code runAt}) one location's sync and waits for it to end; runs of this
	 * kind a dead process left behind are marked FAILED first (and not restarted unless {@code runAt} is theirs).
	 */
	SyncResult run(SyncMode mode, String locationSourceId, OffsetDateTime runAt) {
		return leased(mode, locationSourceId, runAt);
	}

	private SyncResult leased(SyncMode mode, String locationSourceId, OffsetDateTime runAt) {
		Optional<SyncLeases.Lease> lease;
		try {
			lease = this.leases.acquire(mode.jobName(), locationSourceId);
		}
		catch (RuntimeException ex) {
			logger.warn("GHL " + mode.kind() + " sync of location " + locationSourceId + " could not start", ex);
			return new SyncResult(locationSourceId, mode, BatchStatus.FAILED, ex.getMessage());
		}
		if (lease.isEmpty()) {
			String holder = this.leases.holder(mode.jobName(), locationSourceId)
				.map((held) -> held.owner() + " (lease renewed at " + held.renewedAt() + ")")
				.orElse("another process");
			logger.info("GHL " + mode.kind() + " sync of location " + locationSourceId + " is already running on "
					+ holder + "; not started");
			return new SyncResult(locationSourceId, mode, BatchStatus.STARTED, "already running on " + holder);
		}
		try (SyncLeases.Lease held = lease.get()) {
			OffsetDateTime at = runAt;
			try {
				OffsetDateTime recovered = recoverDeadRuns(mode, locationSourceId);
				if (at == null) {
					at = (recovered != null) ? recovered : failedRunAt(mode, locationSourceId);
				}
			}
			catch (RuntimeException ex) {
				logger.warn("GHL " + mode.kind() + " sync of location " + locationSourceId + " could not start", ex);
				return new SyncResult(locationSourceId, mode, BatchStatus.FAILED, ex.getMessage());
			}
			return start(mode, locationSourceId, (at != null) ? at : OffsetDateTime.now(this.clock), held);
		}
	}

	/**
	 * Marks FAILED the location's executions of the job that are still running in the repository. The caller
	 * holds the lease, so no live process runs them: they were left by one that died.
	 * @return the {@code runAt} of the newest of them when it is to be restarted; null when there was none, or
	 * when a run of this kind has completed since it started (it is then abandoned)
	 */
	private OffsetDateTime recoverDeadRuns(SyncMode mode, String locationSourceId) {
		List<JobExecution> dead = this.jobRepository.findRunningJobExecutions(mode.jobName())
			.stream()
			.filter((execution) -> locationSourceId.equals(execution.getJobParameters().getString("location")))
			.sorted(Comparator.comparing(GhlSyncLauncher::runAt).reversed())
			.toList();
		if (dead.isEmpty()) {
			return null;
		}
		OffsetDateTime completed = this.jdbi.onDemand(GhlSyncSql.class)
			.status(locationSourceId)
			.map((status) -> (mode == SyncMode.FULL) ? status.lastFullFinishedAt() : status.lastIncrementalFinishedAt())
			.orElse(null);
		OffsetDateTime restart = null;
		for (JobExecution execution : dead) {
			BatchStatus left = execution.getStatus();
			recover(execution);
			OffsetDateTime at = runAt(execution);
			boolean resume = restart == null && (completed == null || completed.isBefore(at));
			logger.warn("GHL " + mode.kind() + " sync of location " + locationSourceId + ": execution "
					+ execution.getId() + " (run started " + at + ", last updated " + execution.getLastUpdated()
					+ ") was left " + left + " by a process that is gone; marked FAILED"
					+ (resume ? ", restarting it" : ", and abandoned: a later run superseded it"));
			if (resume) {
				restart = at;
			}
			else {
				abandon(execution);
			}
		}
		return restart;
	}

	/** Abandons a run that will never be restarted, and forgets the ids it saw. */
	private void abandon(JobExecution execution) {
		try {
			this.jobOperator.abandon(execution);
			this.jdbi.onDemand(GhlSyncSql.class).forgetSeen(execution.getJobInstance().getInstanceId());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new IllegalStateException("Execution " + execution.getId() + " is still running after recovery", ex);
		}
	}

	private static OffsetDateTime runAt(JobExecution execution) {
		Long millis = execution.getJobParameters().getLong("runAt");
		return Instant.ofEpochMilli((millis != null) ? millis : 0).atOffset(ZoneOffset.UTC);
	}

	/** @return when the location's last run of this kind started, if it failed or was stopped, else null */
	private OffsetDateTime failedRunAt(SyncMode mode, String locationSourceId) {
		return this.jdbi.onDemand(GhlSyncSql.class)
			.status(locationSourceId)
			.filter((status) -> mode.kind().equals(status.lastRunKind()) && RESTARTABLE.contains(status.lastRunStatus())
					&& status.lastRunStartedAt() != null)
			.map((status) -> status.lastRunStartedAt())
			.orElse(null);
	}

	/** Runs (or restarts, for the same {@code runAt}) one location's sync under the lease and waits for it. */
	private SyncResult start(SyncMode mode, String locationSourceId, OffsetDateTime runAt, SyncLeases.Lease lease) {
		Instant at = runAt.toInstant().truncatedTo(ChronoUnit.MILLIS);
		long locationId = this.jdbi.onDemand(LocationsSql.class).ensure(locationSourceId);
		SyncRun run = new SyncRun(mode, locationSourceId, locationId, at.atOffset(ZoneOffset.UTC),
				this.clients.forLocation(locationSourceId), this.settings, this.jdbi);
		JobParameters parameters = new JobParametersBuilder().addString("location", locationSourceId)
			.addLong("runAt", at.toEpochMilli())
			.toJobParameters();
		try {
			JobExecution execution = start(this.jobs.create(run, lease::held), parameters);
			String error = execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse(null);
			return new SyncResult(locationSourceId, mode, execution.getStatus(), error);
		}
		catch (Exception ex) {
			logger.warn("GHL " + mode.kind() + " sync of location " + locationSourceId + " could not start", ex);
			return new SyncResult(locationSourceId, mode, BatchStatus.FAILED, ex.getMessage());
		}
	}

	/** Stops renewing this process's leases. */
	@Override
	public void close() {
		this.leases.close();
	}

	/**
	 * Creating a job execution can still lose a conflict with another one created at the same moment (a deadlock,
	 * or a serialization failure where the job repository is configured serializable again; see
	 * {@code BatchRepositoryDefaults}). The refused transaction wrote nothing, so the start is simply tried again.
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

	/**
	 * A process that lost its lease may not be dead but only cut off from the database's clock for a while: it
	 * can still commit a chunk while the execution is being marked FAILED, which Spring Batch answers with an
	 * optimistic locking failure. The execution is then read again and marked again; its chunk commits after
	 * that fail, because the mark moved the versions on.
	 */
	private void recover(JobExecution execution) {
		JobExecution current = execution;
		for (int attempt = 1;; attempt++) {
			try {
				this.jobOperator.recover(current);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= START_ATTEMPTS) {
					throw ex;
				}
				sleepBriefly(attempt);
				current = this.jobRepository.getJobExecution(execution.getId());
			}
		}
	}

	private static void sleepBriefly(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
