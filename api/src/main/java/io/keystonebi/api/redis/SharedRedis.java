package io.keystonebi.api.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import io.keystonebi.api.ApiProperties;

/**
 * The shared Redis as the application uses it: optional, and never a reason to fail a request. A command that
 * fails marks Redis down for a while ({@code bi.api.redis.retry-after}); callers then get an empty answer at once
 * and fall back to what they can do alone. Going down and coming back are each logged once.
 */
public final class SharedRedis implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SharedRedis.class);

	// Enough for a node's concurrent requests that miss their local cache at once, plus the cache's subscription.
	private static final int MAX_CONNECTIONS = 16;

	private final UnifiedJedis jedis;

	private final String where;

	private final Duration retryAfter;

	private final long retryAfterNanos;

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile long retryAt;

	private SharedRedis(UnifiedJedis jedis, String where, Duration retryAfter) {
		this.jedis = jedis;
		this.where = where;
		this.retryAfter = retryAfter;
		this.retryAfterNanos = retryAfter.toNanos();
	}

	/**
	 * @param settings where Redis is
	 * @return the shared Redis, or one that is always absent when no URL is configured
	 */
	public static SharedRedis connect(ApiProperties.Redis settings) {
		if (!settings.configured()) {
			logger.info("No Redis configured (bi.api.redis.url): the cache keeps one tier per node and the rate "
					+ "limit is counted per node");
			return new SharedRedis(null, "none", settings.retryAfter());
		}
		URI uri = URI.create(settings.url().trim());
		String where = uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort() : 6379);
		int timeout = (int) settings.timeout().toMillis();
		DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
			.connectionTimeoutMillis(timeout)
			.socketTimeoutMillis(timeout)
			.ssl("rediss".equals(uri.getScheme()));
		credentials(uri, config);
		String path = uri.getPath();
		if (path != null && path.length() > 1) {
			config.database(Integer.parseInt(path.substring(1)));
		}
		JedisClientConfig clientConfig = config.build();
		// A request waits for a free connection no longer than for an answer: Redis is there to save time.
		ConnectionPoolConfig pool = new ConnectionPoolConfig();
		pool.setMaxTotal(MAX_CONNECTIONS);
		pool.setMaxWait(settings.timeout());
		return new SharedRedis(new JedisPooled(new HostAndPort(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379),
				clientConfig, pool), where, settings.retryAfter());
	}

	private static void credentials(URI uri, DefaultJedisClientConfig.Builder config) {
		String userInfo = uri.getUserInfo();
		if (userInfo == null || userInfo.isEmpty()) {
			return;
		}
		int colon = userInfo.indexOf(':');
		if (colon < 0) {
			config.password(userInfo);
			return;
		}
		if (colon > 0) {
			config.user(userInfo.substring(0, colon));
		}
		config.password(userInfo.substring(colon + 1));
	}

	/** @return whether a Redis is configured at all */
	public boolean configured() {
		return this.jedis != null;
	}

	/** @return whether Redis is configured and not known to be down */
	public boolean available() {
		return this.jedis != null && (!this.down.get() || System.nanoTime() - this.retryAt >= 0);
	}

	/**
	 * Runs commands against Redis unless it is absent or known to be down.
	 * @param <T> what the commands give back
	 * @param commands what to do
	 * @return their answer, or empty when Redis is absent, down, or failed just now (then it counts as down)
	 */
	public <T> Optional<T> call(Function<UnifiedJedis, T> commands) {
		if (!available()) {
			return Optional.empty();
		}
		try {
			T answer = commands.apply(this.jedis);
			answered();
			return Optional.ofNullable(answer);
		}
		catch (JedisException ex) {
			failed(ex);
			return Optional.empty();
		}
	}

	/**
	 * Listens on a channel until the listener unsubscribes or the connection is lost, which counts as Redis going
	 * down like a failed command. Returns at once when Redis is absent or known to be down.
	 * @param listener gets the messages; {@link JedisPubSub#onSubscribe} once it listens
	 * @param channel the channel
	 */
	public void subscribe(JedisPubSub listener, String channel) {
		if (!available()) {
			return;
		}
		try {
			this.jedis.subscribe(listener, channel);
		}
		catch (JedisException ex) {
			failed(ex);
		}
	}

	/** Counts Redis as answering again, e.g. once a subscription is confirmed. */
	public void answered() {
		if (this.down.compareAndSet(true, false)) {
			logger.info("Redis at {} answers again; the shared cache and rate limit are back", this.where);
		}
	}

	private void failed(JedisException ex) {
		this.retryAt = System.nanoTime() + this.retryAfterNanos;
		if (this.down.compareAndSet(false, true)) {
			logger.warn("Redis at {} is unreachable ({}); answering from PostgreSQL and this node's own cache "
					+ "until it returns", this.where, ex.getMessage());
		}
	}

	/** @return the client, for what {@link #call} cannot do (subscriptions), or null when none is configured */
	public UnifiedJedis client() {
		return this.jedis;
	}

	/** @return how long Redis is left alone after it failed */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** @return host and port, for messages */
	public String where() {
		return this.where;
	}

	@Override
	public void close() {
		if (this.jedis != null) {
			this.jedis.close();
		}
	}

}
