package io.keystonebi.api.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import io.keystonebi.api.redis.SharedRedis;

/**
 * Tier two: the shared Redis, when there is one. Every location has a token, and so has "any location"; an answer
 * is stored with the tokens of the locations it covers, read when its load started. A change gives its locations
 * (and "any") new tokens, so on every node at once the answers computed before it stop matching, and a load that
 * raced the change stores an answer that never matches. Nothing has to find and delete those answers: they expire
 * with their TTL. Tokens are random rather than counted, so a token lost to eviction or a Redis restart starts
 * afresh and never matches an answer stored before.
 * <p>
 * The alternative, a Redis set per location listing the keys to delete, needs that bookkeeping on every write and
 * still lets a load that raced the change store its stale answer after the delete.
 * <p>
 * A change Redis could not be told about (it was down) is kept and told before Redis is read again, so no node
 * reads an answer that change made out of date.
 */
final class SharedTier {

	/** Where the cache's keys and channel live in Redis. */
	static final String PREFIX = "kbi:cache:";

	/** Changes to the stored form of answers that their shape does not show bump this. */
	static final String FORMAT = "v1";

	/** Where a change is announced to the other nodes: "{node} {location ids}". */
	static final String CHANNEL = PREFIX + "changes";

	private static final String ANY_LOCATION = PREFIX + "token:any";

	private final SharedRedis redis;

	private final String node;

	private final Set<Long> untold = ConcurrentHashMap.newKeySet();

	/**
	 * @param node this node's name in announcements, so that it can tell its own apart
	 */
	SharedTier(SharedRedis redis, String node) {
		this.redis = redis;
		this.node = node;
	}

	/** @return the Redis key of an answer whose value has the shape */
	static String key(CacheKey key, String shape) {
		return PREFIX + FORMAT + ":" + key.text(shape);
	}

	/**
	 * @param key the answer's Redis key
	 * @param coverage the locations it covers
	 * @return the stored answer when it is current, and the tokens to store a new one with; empty when Redis is
	 * absent or down
	 */
	Optional<Lookup> read(String key, Coverage coverage) {
		if (!tellUntold()) {
			return Optional.empty();
		}
		List<String> tokenKeys = tokenKeys(coverage);
		return this.redis.call((jedis) -> {
			List<String> keys = new ArrayList<>(tokenKeys.size() + 1);
			keys.add(key);
			keys.addAll(tokenKeys);
			List<String> values = jedis.mget(keys.toArray(String[]::new));
			List<String> tokens = values.subList(1, values.size());
			if (tokens.contains(null)) {
				tokens = createTokens(jedis, tokenKeys, tokens);
			}
			String stamp = String.join(",", tokens) + "\n";
			String stored = values.get(0);
			return new Lookup((stored != null && stored.startsWith(stamp)) ? stored.substring(stamp.length()) : null,
					stamp);
		});
	}

	/** Stores an answer with the tokens read before it was loaded; a failure only costs a later load. */
	void write(String key, Lookup lookup, String value, Duration ttl) {
		this.redis.call((jedis) -> jedis.set(key, lookup.stamp() + value, SetParams.setParams().px(ttl.toMillis())));
	}

	/** Gives the locations new tokens and tells the other nodes, now or once Redis answers again. */
	void changed(Set<Long> locationIds) {
		this.untold.addAll(locationIds);
		tellUntold();
	}

	/** @return whether Redis knows every change this node made; false while it cannot be told */
	boolean tellUntold() {
		if (this.untold.isEmpty()) {
			return true;
		}
		Set<Long> batch = new HashSet<>(this.untold);
		List<String> tokens = new ArrayList<>();
		for (Long location : batch) {
			tokens.add(tokenKey(location));
			tokens.add(newToken());
		}
		tokens.add(ANY_LOCATION);
		tokens.add(newToken());
		String message = this.node + " "
				+ batch.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		boolean told = this.redis.call((jedis) -> {
			jedis.mset(tokens.toArray(String[]::new));
			return jedis.publish(CHANNEL, message);
		}).isPresent();
		if (told) {
			this.untold.removeAll(batch);
		}
		return told;
	}

	// Another node may create the same token at the same moment: only the first one set counts.
	private static List<String> createTokens(UnifiedJedis jedis, List<String> keys, List<String> tokens) {
		for (int i = 0; i < keys.size(); i++) {
			if (tokens.get(i) == null) {
				jedis.set(keys.get(i), newToken(), SetParams.setParams().nx());
			}
		}
		return jedis.mget(keys.toArray(String[]::new));
	}

	private static List<String> tokenKeys(Coverage coverage) {
		if (coverage.all()) {
			return List.of(ANY_LOCATION);
		}
		return coverage.locationIds().stream().sorted().map(SharedTier::tokenKey).toList();
	}

	private static String tokenKey(long location) {
		return PREFIX + "token:" + location;
	}

	private static String newToken() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

	/**
	 * What Redis holds for an answer.
	 *
	 * @param value the stored answer when its tokens are the current ones, else null
	 * @param stamp the current tokens of the locations it covers, as an answer stored now is prefixed with
	 */
	record Lookup(String value, String stamp) {
	}

}
