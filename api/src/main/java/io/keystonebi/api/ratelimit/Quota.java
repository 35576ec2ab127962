package io.keystonebi.api.ratelimit;

/**
 * One limit a request counts against.
 *
 * @param kind {@code requests} (every limited request) or {@code costly} (the costly paths); names the Redis
 * key, the rejection metric's tag and the problem's detail
 * @param limit the most requests admitted within the window
 * @param property the setting that holds the limit, for messages
 */
record Quota(String kind, int limit, String property) {

	Quota {
		if (limit < 1) {
			throw new IllegalArgumentException(property + " must be at least 1, not " + limit);
		}
	}

}
