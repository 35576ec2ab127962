package io.keystonebi.api.cache;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.keystonebi.api.ApiProperties;

/**
 * Tier one: this node's memory, one bounded Caffeine cache per tier. Each answer is held with a stamp of the
 * change counters of the locations it covers, taken before it was loaded. A change bumps those counters, so an
 * answer whose load began before a change is never served after it, even when the load finishes and stores it
 * after the change was handled; the answers a change covers are also removed at once to free their memory.
 */
final class LocalTier {

	private final Map<CacheTier, Cache<CacheKey, Held>> tiers = new EnumMap<>(CacheTier.class);

	private final Map<Long, AtomicLong> locationChanges = new ConcurrentHashMap<>();

	// Counts every change of any location: what an answer covering every location is stamped with.
	private final AtomicLong anyChange = new AtomicLong();

	private final AtomicLong clears = new AtomicLong();

	LocalTier(ApiProperties.Cache settings) {
		for (CacheTier tier : CacheTier.values()) {
			this.tiers.put(tier, Caffeine.newBuilder()
				.maximumSize(settings.localEntries())
				.expireAfterWrite(tier.ttl(settings.ttl()))
				.build());
		}
	}

	/**
	 * The counters only grow, so their sum changes whenever one of them does.
	 * @return the stamp an answer covering these locations gets when its load starts now
	 */
	long stamp(Coverage coverage) {
		long stamp = this.clears.get();
		if (coverage.all()) {
			return stamp + this.anyChange.get();
		}
		for (Long location : coverage.locationIds()) {
			AtomicLong changes = this.locationChanges.get(location);
			stamp += (changes != null) ? changes.get() : 0;
		}
		return stamp;
	}

	/** @return the answer, or null when none is held or a change came after its load started */
	Object get(CacheKey key) {
		Cache<CacheKey, Held> cache = this.tiers.get(key.tier());
		Held held = cache.getIfPresent(key);
		if (held == null) {
			return null;
		}
		if (held.stamp() != stamp(key.coverage())) {
			cache.asMap().remove(key, held);
			return null;
		}
		return held.value();
	}

	/** Holds an answer whose load started at the stamp, unless a change has come since. */
	void put(CacheKey key, long stamp, Object value) {
		if (stamp == stamp(key.coverage())) {
			this.tiers.get(key.tier()).put(key, new Held(stamp, value));
		}
	}

	/** Drops every answer that covers any of the locations, and any still loading. */
	void changed(Set<Long> locationIds) {
		for (Long location : locationIds) {
			this.locationChanges.computeIfAbsent(location, (id) -> new AtomicLong()).incrementAndGet();
		}
		this.anyChange.incrementAndGet();
		for (Cache<CacheKey, Held> cache : this.tiers.values()) {
			cache.asMap().keySet().removeIf((key) -> key.coverage().touchedBy(locationIds));
		}
	}

	/** Drops every answer, and any still loading: for when changes may have gone unheard. */
	void clear() {
		this.clears.incrementAndGet();
		this.tiers.values().forEach(Cache::invalidateAll);
	}

	/** @return how many answers the tier holds (an estimate) */
	long size(CacheTier tier) {
		return this.tiers.get(tier).estimatedSize();
	}

	/** @return the keys of the answers held, for tests */
	Set<CacheKey> keys() {
		Set<CacheKey> keys = ConcurrentHashMap.newKeySet();
		this.tiers.values().forEach((cache) -> keys.addAll(cache.asMap().keySet()));
		return keys;
	}

	private record Held(long stamp, Object value) {
	}

}
