package io.keystonebi.api.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

import io.keystonebi.sql.audit.NewAuditEntry;

/**
 * Where audit entries go: a bounded queue that one writer thread per node empties in batches (group commit, as
 * the webhook inbox does), so a request that records a read waits for no database round trip.
 * <p>
 * Nothing is dropped. A request takes room in the queue before it is handled ({@link #reserve}) and fills it
 * when it is done; when the queue stays full for {@code queueWait} (the database is down or far behind) the
 * request is refused with a 503 instead of being served without a record. Failed writes are retried until they
 * succeed. On a normal stop every queued entry is written before the connection pool closes (this bean depends
 * on it); an entry recorded after the writer stopped is written at once by its own thread.
 */
public class AuditLog implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private static final long IDLE_POLL_MILLIS = 200;

	private final AuditBatchWriter batches;

	private final int batchSize;

	private final Duration queueWait;

	private final Duration shutdownTimeout;

	private final Semaphore room;

	private final BlockingQueue<NewAuditEntry> queue = new LinkedBlockingQueue<>();

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong settled = new AtomicLong();

	private final Thread writer;

	private volatile boolean stopping;

	private volatile boolean closed;

	private volatile long stopDeadline = Long.MAX_VALUE;

	AuditLog(AuditBatchWriter batches, int queueCapacity, int batchSize, Duration queueWait, Duration shutdownTimeout) {
		this.batches = batches;
		this.batchSize = batchSize;
		this.queueWait = queueWait;
		this.shutdownTimeout = shutdownTimeout;
		this.room = new Semaphore(queueCapacity);
		this.writer = new Thread(this::writeLoop, "audit-log-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Records an entry, waiting at most {@code queueWait} for room.
	 * @param entry the entry
	 * @throws AuditLogUnavailableException when there was no room in time
	 */
	public void record(NewAuditEntry entry) {
		reserve().record(entry);
	}

	/**
	 * Takes room for one entry, to be filled once its details are known.
	 * @return the room, which must be {@link Reservation#record recorded} or {@link Reservation#cancel cancelled}
	 * @throws AuditLogUnavailableException when the queue stayed full for {@code queueWait}
	 */
	public Reservation reserve() {
		try {
			if (!this.room.tryAcquire(this.queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AuditLogUnavailableException(this.queueWait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuditLogUnavailableException(this.queueWait);
		}
		return new Reservation();
	}

	/**
	 * Waits until every entry recorded before the call is written (or given up on).
	 * @param timeout the longest wait
	 * @return whether they were
	 */
	boolean flush(Duration timeout) throws InterruptedException {
		long target = this.accepted.get();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.settled.get() < target) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(5);
		}
		return true;
	}

	private void writeLoop() {
		List<NewAuditEntry> batch = new ArrayList<>(this.batchSize);
		while (true) {
			NewAuditEntry first;
			try {
				first = this.queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first == null) {
				if (this.stopping) {
					break;
				}
				continue;
			}
			batch.add(first);
			this.queue.drainTo(batch, this.batchSize - 1);
			this.batches.write(batch, this::stopDeadline);
			settle(batch.size());
			batch.clear();
		}
		this.closed = true;
		drainHere();
	}

	// Writes whatever is queued in the calling thread: after the writer stopped, nobody else will.
	private void drainHere() {
		List<NewAuditEntry> left = new ArrayList<>();
		this.queue.drainTo(left);
		if (!left.isEmpty()) {
			this.batches.write(left, this::stopDeadline);
			settle(left.size());
		}
	}

	private long stopDeadline() {
		return this.stopDeadline;
	}

	private void settle(int count) {
		this.settled.addAndGet(count);
		this.room.release(count);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopDeadline = System.nanoTime() + this.shutdownTimeout.toNanos();
		this.stopping = true;
		this.writer.join(this.shutdownTimeout.plusSeconds(1).toMillis());
		if (this.writer.isAlive()) {
			log.error("The audit log writer did not finish within {}; {} queued entries may be unwritten",
					this.shutdownTimeout, this.queue.size());
		}
	}

	/** Room for one entry in the queue. */
	public final class Reservation {

		private boolean used;

		private Reservation() {
		}

		/**
		 * Queues the entry into the room taken.
		 * @param entry the entry
		 */
		public void record(NewAuditEntry entry) {
			if (this.used) {
				throw new IllegalStateException("This reservation was used already");
			}
			this.used = true;
			AuditLog.this.accepted.incrementAndGet();
			AuditLog.this.queue.add(entry);
			if (AuditLog.this.closed) {
				drainHere();
			}
		}

		/** Gives the room back unused. */
		public void cancel() {
			if (!this.used) {
				this.used = true;
				AuditLog.this.room.release();
			}
		}

	}

}
