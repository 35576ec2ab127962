package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Requests per location per day. GHL does not say when its day starts, so the count runs over 24 hours from
 * the first request; GHL's own {@code X-RateLimit-Daily-Remaining} can end a day early. Guarded by the
 * owning {@link RateBudget}'s lock.
 */
final class DailyCount {

	private static final long DAY = Duration.ofDays(1).toNanos();

	private final int limit;

	private final LongSupplier clock;

	private long dayStart;

	private int used;

	private boolean started;

	DailyCount(int limit, LongSupplier clock) {
		this.limit = limit;
		this.clock = clock;
	}

	void take(String locationId) {
		long now = this.clock.getAsLong();
		if (!this.started || now - this.dayStart >= DAY) {
			this.started = true;
			this.dayStart = now;
			this.used = 0;
		}
		if (this.used >= this.limit) {
			Duration left = Duration.ofNanos(DAY - (now - this.dayStart));
			throw new GhlDailyLimitReachedException("Location " + locationId + " has used its " + this.limit
					+ " GHL requests of the day; the allowance renews in " + left.toMinutes() + " minutes");
		}
		this.used++;
	}

	void exhausted() {
		this.used = this.limit;
	}

}
