package io.keystonebi.api.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.keystonebi.api.redis.SharedRedis;

/**
 * Counts requests against their quotas over a sliding window of one minute (a log of admitted requests, so "100
 * per minute" holds for every minute, not just for calendar minutes, and a refused client learns exactly when a
 * place frees up). The count lives in Redis, shared by every node, while Redis answers; without Redis, or while it
 * is down, each node counts alone, so limiting never stops (a client may then get up to its limit once per node).
 */
final class RateLimiter {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final SharedRedis redis;

	private final RedisWindows shared = new RedisWindows(WINDOW);

	private final LocalWindows local = new LocalWindows(WINDOW);

	private final Clock clock;

	RateLimiter(SharedRedis redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	/**
	 * @param client whom the request is counted for ({@code user:<name>} or {@code ip:<address>})
	 * @param quotas every quota the request counts against
	 * @return whether it may go on; it was counted against all quotas if so, against none otherwise
	 */
	Decision acquire(String client, List<Quota> quotas) {
		long now = this.clock.millis();
		return this.redis.call((jedis) -> this.shared.acquire(jedis, client, quotas, now))
			.orElseGet(() -> this.local.acquire(client, quotas, now));
	}

}
