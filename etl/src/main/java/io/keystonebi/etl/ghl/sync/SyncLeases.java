package io.keystonebi.etl.ghl.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.ghl.sync.GhlSyncSql;
import io.keystonebi.sql.ghl.sync.SyncLease;

/**
 * Leases on running syncs ({@code ghl_sync_leases}), one per job and location, shared by every node through the
 * warehouse. A launcher holds the lease while it recovers, starts or restarts a run, and a background thread
 * renews the leases this process holds every quarter of the timeout. A process that dies stops renewing; once
 * its lease is older than the timeout, the next launcher on any node takes it over and may treat the runs that
 * process left STARTED as dead. Times are the database's, so clocks of different nodes do not matter.
 * <p>
 * Should a live process lose its lease all the same (it could not reach the database for longer than the
 * timeout), the run restarted elsewhere is still safe: restarting bumps the versions of the old run's step
 * executions, so the old process's next chunk fails to commit and rolls back its writes.
 */
final class SyncLeases implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(SyncLeases.class);

	private final Jdbi jdbi;

	private final Duration timeout;

	private final String process = ManagementFactory.getRuntimeMXBean().getName();

	private final Set<Lease> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService renewer;

	SyncLeases(Jdbi jdbi, Duration timeout) {
		this.jdbi = jdbi;
		this.timeout = timeout;
		this.renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "ghl-sync-leases");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(timeout.toMillis() / 4, 50);
		this.renewer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * Takes the lease on the location's runs of the job: when nobody holds it, or when its holder stopped renewing
	 * it more than the timeout ago.
	 * @return the lease, to be closed when the run ended; empty when a live process holds it
	 */
	Optional<Lease> acquire(String jobName, String locationSourceId) {
		String owner = this.process + "#" + UUID.randomUUID().toString().substring(0, 8);
		return sql().acquireLease(jobName, locationSourceId, owner, this.timeout.toMillis() / 1000.0).map((taken) -> {
			Lease lease = new Lease(jobName, locationSourceId, owner);
			this.held.add(lease);
			return lease;
		});
	}

	/** @return who holds the lease on the location's runs of the job, if anyone */
	Optional<SyncLease> holder(String jobName, String locationSourceId) {
		return sql().lease(jobName, locationSourceId);
	}

	private void renew() {
		if (this.held.isEmpty()) {
			return;
		}
		try {
			String[] owners = this.held.stream().map(Lease::owner).toArray(String[]::new);
			if (sql().renewLeases(owners) < owners.length) {
				for (Lease lease : this.held) {
					if (!lease.lost && !lease.held()) {
						lease.lost = true;
						logger.warn("The lease on the " + lease.jobName + " of location " + lease.locationSourceId
								+ " was taken over by another process: this process's run of it can no longer commit");
					}
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not renew the GHL sync leases of this process", ex);
		}
	}

	private GhlSyncSql sql() {
		return this.jdbi.onDemand(GhlSyncSql.class);
	}

	@Override
	public void close() {
		this.renewer.shutdownNow();
	}

	/** The lease on one location's runs of one job, held by this process until closed. */
	final class Lease implements AutoCloseable {

		private final String jobName;

		private final String locationSourceId;

		private final String owner;

		private volatile boolean lost;

		private Lease(String jobName, String locationSourceId, String owner) {
			this.jobName = jobName;
			this.locationSourceId = locationSourceId;
			this.owner = owner;
		}

		String owner() {
			return this.owner;
		}

		/** @return whether this process still holds the lease (asks the database) */
		boolean held() {
			return sql().holdsLease(this.jobName, this.locationSourceId, this.owner);
		}

		@Override
		public void close() {
			SyncLeases.this.held.remove(this);
			try {
				sql().releaseLease(this.jobName, this.locationSourceId, this.owner);
			}
			catch (RuntimeException ex) {
				// Not renewed any more, so it lapses after the timeout.
				logger.warn("Could not release the lease on the " + this.jobName + " of location "
						+ this.locationSourceId, ex);
			}
		}

	}

}
