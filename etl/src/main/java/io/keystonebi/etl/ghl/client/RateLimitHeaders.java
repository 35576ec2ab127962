package io.keystonebi.etl.ghl.client;

import java.net.http.HttpHeaders;

/**
 * GHL's {@code X-RateLimit-*} response headers; -1 where a header is missing or not a number.
 *
 * @param max requests allowed per interval
 * @param remaining requests left in the current interval
 * @param intervalMillis the interval's length
 * @param dailyRemaining requests left today
 */
record RateLimitHeaders(long max, long remaining, long intervalMillis, long dailyRemaining) {

	static RateLimitHeaders of(HttpHeaders headers) {
		return new RateLimitHeaders(number(headers, "X-RateLimit-Max"), number(headers, "X-RateLimit-Remaining"),
				number(headers, "X-RateLimit-Interval-Milliseconds"), number(headers, "X-RateLimit-Daily-Remaining"));
	}

	private static long number(HttpHeaders headers, String name) {
		try {
			return headers.firstValue(name).map(String::trim).map(Long::parseLong).orElse(-1L);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
