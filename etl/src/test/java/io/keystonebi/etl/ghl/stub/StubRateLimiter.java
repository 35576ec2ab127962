package io.keystonebi.etl.ghl.stub;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GHL's burst limit as the stub enforces it: at most {@code limit} requests per location within any sliding
 * window (a request counts when it arrives, whether it is answered or refused). Keeps every arrival so tests
 * and benchmarks can ask for the busiest window and the time the requests spanned.
 */
final class StubRateLimiter {

	private final int limit;

	private final long windowNanos;

	private final int dailyLimit;

	private final Map<String, Deque<Long>> recent = new HashMap<>();

	private final Map<String, List<Long>> arrivals = new HashMap<>();

	private final Map<String, Integer> refused = new HashMap<>();

	StubRateLimiter(int limit, long windowNanos, int dailyLimit) {
		this.limit = limit;
		this.windowNanos = windowNanos;
		this.dailyLimit = dailyLimit;
	}

	/** @return the requests left in the window after this one; negative when this one is over the limit */
	synchronized int arrive(String location, long now) {
		Deque<Long> window = this.recent.computeIfAbsent(location, key -> new ArrayDeque<>());
		while (!window.isEmpty() && now - window.peekFirst() >= this.windowNanos) {
			window.removeFirst();
		}
		window.addLast(now);
		this.arrivals.computeIfAbsent(location, key -> new ArrayList<>()).add(now);
		int remaining = this.limit - window.size();
		if (remaining < 0) {
			this.refused.merge(location, 1, Integer::sum);
		}
		return remaining;
	}

	int limit() {
		return this.limit;
	}

	long windowMillis() {
		return this.windowNanos / 1_000_000;
	}

	int dailyLimit() {
		return this.dailyLimit;
	}

	synchronized int dailyRemaining(String location) {
		return Math.max(0, this.dailyLimit - this.arrivals.getOrDefault(location, List.of()).size());
	}

	/** @return the most requests of the location that arrived within any one window */
	synchronized int busiestWindow(String location) {
		List<Long> times = this.arrivals.getOrDefault(location, List.of());
		int best = 0;
		int start = 0;
		for (int end = 0; end < times.size(); end++) {
			while (times.get(end) - times.get(start) >= this.windowNanos) {
				start++;
			}
			best = Math.max(best, end - start + 1);
		}
		return best;
	}

	synchronized int total(String location) {
		return this.arrivals.getOrDefault(location, List.of()).size();
	}

	synchronized int refused(String location) {
		return this.refused.getOrDefault(location, 0);
	}

	/** @return the location's arrival times ({@link System#nanoTime()}), in order */
	synchronized List<Long> arrivals(String location) {
		return List.copyOf(this.arrivals.getOrDefault(location, List.of()));
	}

	/** @return the time from the location's first arrival to its last; zero with fewer than two */
	synchronized Duration span(String location) {
		List<Long> times = this.arrivals.getOrDefault(location, List.of());
		return times.isEmpty() ? Duration.ZERO : Duration.ofNanos(times.get(times.size() - 1) - times.get(0));
	}

}
