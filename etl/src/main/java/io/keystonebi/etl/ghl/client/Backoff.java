package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th retry waits a random time between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}. The jitter keeps several locations (and nodes) that failed
 * together from retrying together.
 *
 * @param base the nominal wait before the first retry
 * @param max the longest wait
 */
record Backoff(Duration base, Duration max) {

	Duration delay(int retry) {
		long nominal = this.base.toMillis() << Math.min(retry - 1, 20);
		long capped = Math.min(Math.max(nominal, 1), this.max.toMillis());
		long half = capped / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
	}

}
