package io.keystonebi.api.cache;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The cache's meters: requests per tier, level and outcome ({@code bi.cache.requests}), the share of hits per
 * tier and level since the node started ({@code bi.cache.hit.ratio}), answers held in memory per tier
 * ({@code bi.cache.entries}) and changes handled by origin ({@code bi.cache.changes}). All exist at zero from the
 * start, so rates over them are never missing.
 */
final class CacheMetrics {

	/** Where an answer was looked for. */
	enum Level {

		/** This node's memory. */
		L1,

		/** The shared Redis; asked only by a request that missed L1 and while Redis answers. */
		L2

	}

	private final Map<CacheTier, Map<Level, Counter>> hits = new EnumMap<>(CacheTier.class);

	private final Map<CacheTier, Map<Level, Counter>> misses = new EnumMap<>(CacheTier.class);

	private final Counter localChanges;

	private final Counter remoteChanges;

	CacheMetrics(MeterRegistry registry, LocalTier local) {
		for (CacheTier tier : CacheTier.values()) {
			Map<Level, Counter> tierHits = new EnumMap<>(Level.class);
			Map<Level, Counter> tierMisses = new EnumMap<>(Level.class);
			for (Level level : Level.values()) {
				tierHits.put(level, requests(registry, tier, level, "hit"));
				tierMisses.put(level, requests(registry, tier, level, "miss"));
				Gauge.builder("bi.cache.hit.ratio", () -> ratio(tierHits.get(level), tierMisses.get(level)))
					.description("Share of requests answered at this level since the node started")
					.tags("tier", tier.tag(), "level", tag(level))
					.register(registry);
			}
			this.hits.put(tier, tierHits);
			this.misses.put(tier, tierMisses);
			Gauge.builder("bi.cache.entries", () -> local.size(tier))
				.description("Answers held in this node's memory")
				.tags("tier", tier.tag())
				.register(registry);
		}
		this.localChanges = changes(registry, "this_node");
		this.remoteChanges = changes(registry, "other_node");
	}

	void hit(CacheTier tier, Level level) {
		this.hits.get(tier).get(level).increment();
	}

	void miss(CacheTier tier, Level level) {
		this.misses.get(tier).get(level).increment();
	}

	void changed(boolean here) {
		(here ? this.localChanges : this.remoteChanges).increment();
	}

	private static Counter requests(MeterRegistry registry, CacheTier tier, Level level, String outcome) {
		return Counter.builder("bi.cache.requests")
			.description("Requests for cached answers, by tier, level and outcome")
			.tags("tier", tier.tag(), "level", tag(level), "outcome", outcome)
			.register(registry);
	}

	private static Counter changes(MeterRegistry registry, String origin) {
		return Counter.builder("bi.cache.changes")
			.description("Data changes that dropped cached answers, by where the change was made")
			.tags("origin", origin)
			.register(registry);
	}

	// No request yet is no evidence of a bad cache: 0, not NaN, which breaks sums and alerts.
	private static double ratio(Counter hits, Counter misses) {
		double total = hits.count() + misses.count();
		return (total == 0) ? 0 : hits.count() / total;
	}

	private static String tag(Level level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

}
