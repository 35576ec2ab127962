package io.keystonebi.api;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application module ({@code bi.api.*}).
 *
 * @param redis the shared Redis: cache tier two and the rate limiter's counters
 * @param security sign-in, tokens and browser protections
 * @param rateLimit how many requests each user or client address may make
 * @param metrics who may read the Prometheus metrics
 * @param audit the audit log's writer
 * @param cache the answer cache in front of PostgreSQL
 * @param live how open dashboards are told that data changed
 * @param mail the embedded mail catcher used when no SMTP relay is configured
 */
@ConfigurationProperties("bi.api")
public record ApiProperties(@DefaultValue Redis redis, @DefaultValue Security security,
		@DefaultValue RateLimit rateLimit, @DefaultValue Metrics metrics, @DefaultValue Audit audit,
		@DefaultValue Cache cache, @DefaultValue Live live, @DefaultValue Mail mail) {

	/**
	 * The embedded mail catcher ({@code bi.api.mail.*}): with no {@code spring.mail.host}, outgoing mail goes to an
	 * SMTP server inside the application and administrators read it at {@code /admin/outbox}.
	 *
	 * @param catcherAddress the address the catcher listens on; keep it on the loopback interface
	 * @param catcherPort its port, or 0 for any free port
	 */
	public record Mail(@DefaultValue("127.0.0.1") String catcherAddress, @DefaultValue("0") int catcherPort) {
	}

	/**
	 * Live dashboards ({@code GET /api/v1/dashboard/events}, server-sent events).
	 *
	 * @param quiet a burst of changes (a sync writing chunk after chunk) is told once, this long after its last
	 * change
	 * @param heartbeat how often an idle stream gets a comment, so proxies do not close it
	 * @param streamTimeout how long one stream lasts; the browser then opens a new one by itself
	 */
	public record Live(@DefaultValue("500ms") Duration quiet, @DefaultValue("25s") Duration heartbeat,
			@DefaultValue("30m") Duration streamTimeout) {

	}

	/**
	 * The audit log's writer: entries are queued by the requests that make them and written in batches by one
	 * thread per node, so recording a read costs a request next to nothing.
	 *
	 * @param queueCapacity entries that may wait to be written; a full queue means the database has not kept up
	 * @param batchSize the most entries written in one statement and commit
	 * @param queueWait how long a request waits for room in a full queue; after that it is refused (503) rather
	 * than served without being recorded
	 * @param shutdownTimeout how long stopping the application waits for queued entries to be written; entries
	 * still unwritten then are written to the application log instead
	 */
	public record Audit(@DefaultValue("10000") int queueCapacity, @DefaultValue("500") int batchSize,
			@DefaultValue("2s") Duration queueWait, @DefaultValue("30s") Duration shutdownTimeout) {
	}

	/**
	 * Sign-in, tokens and browser protections.
	 *
	 * @param jwtSigningKey the HMAC key that signs API access tokens: at least 32 bytes, given as text or as
	 * {@code base64:...}; required outside the {@code demo} profile, which makes up one per run when it is blank
	 * @param issuer the {@code iss} of the access tokens, checked on every request
	 * @param audience the {@code aud} of the access tokens, checked on every request
	 * @param accessTokenLifetime how long an access token works
	 * @param refreshTokenLifetime how long a refresh token works if it is not used
	 * @param secureCookie whether the session cookie is marked {@code Secure}; browsers still send it to
	 * {@code http://localhost}, so leave it on unless the app is reached over plain HTTP by another name
	 * @param corsAllowedOrigins origins (scheme, host and port) whose pages may call the API from a browser; empty
	 * allows only the app's own pages
	 */
	public record Security(@DefaultValue("") String jwtSigningKey, @DefaultValue("keystone-bi") String issuer,
			@DefaultValue("keystone-bi-api") String audience, @DefaultValue("1h") Duration accessTokenLifetime,
			@DefaultValue("14d") Duration refreshTokenLifetime, @DefaultValue("true") boolean secureCookie,
			@DefaultValue List<String> corsAllowedOrigins) {
	}

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
	 * The rate limit ({@code bi.api.rate-limit.*}): requests are counted per signed-in user, or per client address
	 * for requests without one, over the last minute. With Redis the count is shared by every node; without it
	 * (or while it is down) each node counts alone. Paths are Spring path patterns, {@code **} only at the start
	 * or the end.
	 *
	 * @param enabled whether requests are limited at all
	 * @param requestsPerMinute the most requests a user or address may make within any minute
	 * @param costlyPerMinute the most requests to {@code costly-paths} within any minute; they also count
	 * against {@code requests-per-minute}
	 * @param costlyPaths requests that cost the server much more than a dashboard read (report rendering,
	 * simulations, forecasts)
	 * @param exemptPaths requests never counted: health checks, the metrics scrape, static files, and GHL's
	 * webhook deliveries, which have their own back-pressure (429 when the inbox is full)
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("100") int requestsPerMinute,
			@DefaultValue("10") int costlyPerMinute,
			@DefaultValue({ "/api/v1/reports/generate", "/api/v1/reports/download/**", "/api/v1/forecasts/**",
					"/**/simulate" }) List<String> costlyPaths,
			@DefaultValue({ "/actuator/health/**", "/actuator/prometheus", "/api/v1/webhooks/**", "/css/**",
					"/js/**", "/images/**", "/icons/**", "/webjars/**", "/sw.js", "/manifest.webmanifest", "/favicon.svg",
					"/favicon.ico" }) List<String> exemptPaths) {
	}

	/**
	 * The Prometheus endpoint ({@code bi.api.metrics.*}).
	 *
	 * @param scrapeToken when set, {@code /actuator/prometheus} answers only requests carrying
	 * {@code Authorization: Bearer <scrape-token>} (others get 401); blank leaves the endpoint to the exposure
	 * settings and sign-in. Pass it by environment, never in a committed file
	 */
	public record Metrics(@DefaultValue("") String scrapeToken) {

		/** @return whether a scrape token is configured */
		public boolean scrapeTokenSet() {
			return this.scrapeToken != null && !this.scrapeToken.isBlank();
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
