package io.keystonebi.api.ratelimit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The sliding windows of this node alone, for when no Redis is configured or it is down: per client, the times
 * of the requests admitted within the window, one log per quota kind.
 */
final class LocalWindows {

	// Bounds the memory a flood of distinct addresses can take; a client pushed out starts afresh, which only
	// happens under such a flood.
	private static final int MAX_CLIENTS = 100_000;

	private final long windowMillis;

	private final Cache<String, ClientLog> clients;

	LocalWindows(Duration window) {
		this.windowMillis = window.toMillis();
		this.clients = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(MAX_CLIENTS).build();
	}

	Decision acquire(String client, List<Quota> quotas, long now) {
		return this.clients.get(client, (key) -> new ClientLog()).acquire(quotas, now, this.windowMillis);
	}

	private static final class ClientLog {

		private final Map<String, ArrayDeque<Long>> byKind = new HashMap<>();

		synchronized Decision acquire(List<Quota> quotas, long now, long windowMillis) {
			List<ArrayDeque<Long>> logs = quotas.stream()
				.map((quota) -> this.byKind.computeIfAbsent(quota.kind(), (kind) -> new ArrayDeque<>()))
				.toList();
			for (ArrayDeque<Long> log : logs) {
				while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
					log.pollFirst();
				}
			}
			for (int i = 0; i < quotas.size(); i++) {
				if (logs.get(i).size() >= quotas.get(i).limit()) {
					return Decision.refused(quotas.get(i), logs.get(i).peekFirst(), now, windowMillis);
				}
			}
			int[] counts = new int[quotas.size()];
			long[] oldest = new long[quotas.size()];
			for (int i = 0; i < quotas.size(); i++) {
				logs.get(i).addLast(now);
				counts[i] = logs.get(i).size();
				oldest[i] = logs.get(i).peekFirst();
			}
			return Decision.admitted(quotas, counts, oldest, now, windowMillis);
		}

	}

}
