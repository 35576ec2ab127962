package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One location's request allowance: at most {@code limit} requests within any sliding {@code window}, at most
 * {@code dailyLimit} a day. Callers block in {@link #acquire()} until a permit is free. A permit counts from
 * when it is taken until its request has completed plus a whole window: GHL counts a request when it arrives,
 * which is after we send it, so timing from completion keeps the two counts from drifting apart.
 */
final class RateBudget {

	/**
	 * A taken permit: {@code taken} is when it was taken, {@code stamp} the completion time once
	 * {@link #release} has been called.
	 */
	static final class Permit {

		private final long taken;

		private long stamp = Long.MAX_VALUE;

		private Permit(long taken) {
			this.taken = taken;
		}

	}

	private final String locationId;

	private final long windowNanos;

	private final LongSupplier clock;

	private final DailyCount daily;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** Permits in use or used within the last two windows (see {@link #observe}), oldest first. */
	private final Deque<Permit> taken = new ArrayDeque<>();

	private int limit;

	private long pausedUntil = Long.MIN_VALUE;

	RateBudget(String locationId, int limit, Duration window, int dailyLimit, LongSupplier nanoClock) {
		this.locationId = locationId;
		this.limit = limit;
		this.windowNanos = window.toNanos();
		this.clock = nanoClock;
		this.daily = new DailyCount(dailyLimit, nanoClock);
	}

	/** Blocks until the location may send one more request. */
	Permit acquire() {
		this.lock.lock();
		try {
			while (true) {
				long now = this.clock.getAsLong();
				long wait = waitNanos(now);
				if (wait <= 0) {
					this.daily.take(this.locationId);
					Permit permit = new Permit(now);
					this.taken.addLast(permit);
					return permit;
				}
				this.changed.awaitNanos(wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GhlInterruptedException("Interrupted while waiting for a GHL request permit for location "
					+ this.locationId, ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Marks the permit's request as completed; the permit is free again one window later. */
	void release(Permit permit) {
		this.lock.lock();
		try {
			permit.stamp = this.clock.getAsLong();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Takes in what GHL says about its own count when it answered the permit's request. GHL's count, taken
	 * when the request arrived, holds only requests that arrived within one window before it, and each of
	 * ours among them still held its permit when this permit was taken. So while the permits held at that
	 * moment (and taken since) are at least as many as GHL counts, GHL has counted nothing but ours, and our
	 * own window already keeps the next request back exactly as long as GHL needs: "none remaining" adds
	 * nothing, and pausing for a whole interval would leave the budget idle. Only when GHL counts more (another
	 * node of ours, or another integration, spends the same allowance), or refused the request outright, does
	 * nobody send until the interval has passed.
	 * @param refused whether GHL answered the request 429
	 */
	void observe(Permit permit, RateLimitHeaders headers, boolean refused) {
		this.lock.lock();
		try {
			if (headers.max() > 0 && headers.max() < this.limit) {
				this.limit = (int) headers.max();
			}
			long counted = (headers.max() > 0) ? headers.max() - Math.max(0, headers.remaining()) : this.limit;
			if (headers.remaining() == 0 && (refused || counted > heldSince(permit.taken))) {
				long interval = (headers.intervalMillis() > 0) ? TimeUnit.MILLISECONDS.toNanos(headers.intervalMillis())
						: this.windowNanos;
				this.pausedUntil = Math.max(this.pausedUntil, this.clock.getAsLong() + interval);
			}
			if (headers.dailyRemaining() == 0) {
				this.daily.exhausted();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Delays every caller until the given time, e.g. after a 429. */
	void pauseFor(Duration pause) {
		this.lock.lock();
		try {
			this.pausedUntil = Math.max(this.pausedUntil, this.clock.getAsLong() + pause.toNanos());
		}
		finally {
			this.lock.unlock();
		}
	}

	/** @return how many permits were held at {@code time} or taken since */
	private int heldSince(long time) {
		int held = 0;
		for (Permit permit : this.taken) {
			if (permit.stamp == Long.MAX_VALUE || time - permit.stamp < this.windowNanos) {
				held++;
			}
		}
		return held;
	}

	private long waitNanos(long now) {
		if (now < this.pausedUntil) {
			return this.pausedUntil - now;
		}
		// Completed permits leave in completion order only roughly; drop every one expired for a whole window
		// (until then observe() may still need it), wherever it sits.
		this.taken.removeIf(permit -> permit.stamp != Long.MAX_VALUE && now - permit.stamp >= 2 * this.windowNanos);
		if (heldSince(now) < this.limit) {
			return 0;
		}
		long earliest = Long.MAX_VALUE;
		for (Permit permit : this.taken) {
			long free = (permit.stamp != Long.MAX_VALUE) ? permit.stamp + this.windowNanos - now : Long.MAX_VALUE;
			if (free > 0) {
				earliest = Math.min(earliest, free);
			}
		}
		// Every permit in flight: wait for a release to signal.
		return (earliest == Long.MAX_VALUE) ? this.windowNanos : earliest;
	}

}
