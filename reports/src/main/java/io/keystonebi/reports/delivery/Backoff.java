package io.keystonebi.reports.delivery;

import java.time.Duration;

/** The wait before retrying a delivery: the initial back-off, doubled for each further attempt, capped. */
final class Backoff {

	private Backoff() {
	}

	/**
	 * @param attempts the attempts made so far, at least 1
	 * @return the wait before the next one
	 */
	static Duration after(int attempts, Duration initial, Duration max) {
		Duration wait = initial;
		for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(max) > 0) ? max : wait;
	}

}
