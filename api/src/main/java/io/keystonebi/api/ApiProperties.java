package io.keystonebi.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application module ({@code bi.api.*}).
 *
 * @param redis the shared Redis: cache tier two and the rate limiter's counters
 * @param cache the answer cache in front of PostgreSQL
 */
@ConfigurationProperties("bi.api")
public record ApiProperties(@DefaultValue Redis redis, @DefaultValue Cache cache) {

	/**
	 * The shared Redis. Without a URL every node works alone: the cache keeps only its per-node tier and each
	 * node counts requests for the rate limit by itself.
	 *
	 * @param url {@code redis://[user:password@]host:port[/database]}, or blank for none (the default)
	 * @param timeout how long a command may take before Redis counts as down; keep it short, since a request
	 * waits this long at most once before carrying on without Redis
	 * @param retryAfter how long Redis is left alone after it failed before it is tried again
	 */
	public record Redis(@DefaultValue("") String url, @DefaultValue("250ms") Duration timeout,
			@DefaultValue("2s") Duration retryAfter) {

		/** @return whether a Redis is configured */
		public boolean configured() {
			return this.url != null && !this.url.isBlank();
		}

	}

	/**
	 * The answer cache: tier one in each node's memory, tier two in the shared Redis when one is configured. An
	 * answer lives as long as its tier says, unless a load changes the data it was computed from sooner.
	 *
	 * @param enabled whether answers are cached at all; when off every request reads PostgreSQL
	 * @param localEntries how many answers each tier keeps in a node's memory; the least used give way first
	 * @param ttl how long an answer of each tier lives
	 */
	public record Cache(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int localEntries,
			@DefaultValue Ttl ttl) {

		/**
		 * How long an answer of each tier lives, in memory and in Redis alike.
		 *
		 * @param raw results of single queries (e.g. the locations' time zone)
		 * @param kpi the KPI cards of the summary
		 * @param analytics computed analytics: forecasts, churn, attribution
		 * @param report the data behind a downloaded or e-mailed report
		 * @param history figures of closed past periods
		 */
		public record Ttl(@DefaultValue("30s") Duration raw, @DefaultValue("5m") Duration kpi,
				@DefaultValue("1h") Duration analytics, @DefaultValue("24h") Duration report,
				@DefaultValue("7d") Duration history) {

		}

	}

}
