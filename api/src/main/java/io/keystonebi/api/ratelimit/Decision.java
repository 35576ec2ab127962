package io.keystonebi.api.ratelimit;

import java.util.List;

/**
 * What the limiter decided for one request, told through the quota that binds: the one that was full, else
 * the one closest to being full.
 *
 * @param allowed whether the request may go on
 * @param quota the binding quota
 * @param remaining requests the quota still admits within the window
 * @param resetSeconds seconds until the oldest request the quota counts leaves the window, freeing a place (for
 * a refused request, how long to wait before retrying)
 */
record Decision(boolean allowed, Quota quota, int remaining, long resetSeconds) {

	/** The request was counted against every quota; {@code counts} and {@code oldest} are as they are now. */
	static Decision admitted(List<Quota> quotas, int[] counts, long[] oldest, long now, long windowMillis) {
		int binding = 0;
		for (int i = 1; i < quotas.size(); i++) {
			if (quotas.get(i).limit() - counts[i] < quotas.get(binding).limit() - counts[binding]) {
				binding = i;
			}
		}
		Quota quota = quotas.get(binding);
		return new Decision(true, quota, quota.limit() - counts[binding],
				secondsUntil(oldest[binding] + windowMillis, now));
	}

	/** The quota was full; the request was counted nowhere. */
	static Decision refused(Quota quota, long oldest, long now, long windowMillis) {
		return new Decision(false, quota, 0, secondsUntil(oldest + windowMillis, now));
	}

	// Rounded up: a client that waits this long is sure to find the place free.
	private static long secondsUntil(long when, long now) {
		return Math.max(1, (when - now + 999) / 1000);
	}

}
