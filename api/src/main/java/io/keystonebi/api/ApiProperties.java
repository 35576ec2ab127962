package io.keystonebi.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application module ({@code bi.api.*}).
 *
 * @param redis the shared Redis: cache tier two and the rate limiter's counters
 */
@ConfigurationProperties("bi.api")
public record ApiProperties(@DefaultValue Redis redis) {

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

}
