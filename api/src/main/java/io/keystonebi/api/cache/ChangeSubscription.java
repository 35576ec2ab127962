package io.keystonebi.api.cache;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

import io.keystonebi.api.redis.SharedRedis;

/**
 * Listens for the changes other nodes announce ({@link SharedTier#CHANNEL}) on a thread of its own, and listens
 * again whenever the subscription was lost. Announcements made meanwhile are gone, so each new subscription first
 * runs {@code onListening}, which drops this node's memory tier.
 */
final class ChangeSubscription implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ChangeSubscription.class);

	// How often a node without Redis looks whether it is back; SharedRedis itself waits its retry-after.
	private static final long PAUSE_MILLIS = 200;

	private final SharedRedis redis;

	private final String node;

	private final Consumer<Set<Long>> onChange;

	private final Runnable onListening;

	private final Listener listener = new Listener();

	private final Thread thread;

	private volatile boolean closed;

	/**
	 * @param node this node's name; its own announcements are ignored
	 * @param onChange gets the locations another node changed
	 * @param onListening runs each time the subscription starts
	 */
	ChangeSubscription(SharedRedis redis, String node, Consumer<Set<Long>> onChange, Runnable onListening) {
		this.redis = redis;
		this.node = node;
		this.onChange = onChange;
		this.onListening = onListening;
		this.thread = new Thread(this::listen, "cache-changes");
		this.thread.setDaemon(true);
	}

	void start() {
		if (this.redis.configured()) {
			this.thread.start();
		}
	}

	private void listen() {
		while (!this.closed) {
			try {
				this.redis.subscribe(this.listener, SharedTier.CHANNEL);
			}
			catch (RuntimeException ex) {
				logger.warn("Listening for cache changes failed; listening again", ex);
			}
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			if (this.listener.isSubscribed()) {
				this.listener.unsubscribe();
			}
		}
		catch (JedisException ex) {
			logger.debug("Unsubscribing from cache changes failed: {}", ex.getMessage());
		}
		this.thread.interrupt();
	}

	private final class Listener extends JedisPubSub {

		@Override
		public void onSubscribe(String channel, int subscribedChannels) {
			ChangeSubscription.this.redis.answered();
			ChangeSubscription.this.onListening.run();
		}

		@Override
		public void onMessage(String channel, String message) {
			int space = message.indexOf(' ');
			if (space < 0 || message.substring(0, space).equals(ChangeSubscription.this.node)) {
				return;
			}
			try {
				ChangeSubscription.this.onChange.accept(Arrays.stream(message.substring(space + 1).split(","))
					.map(Long::valueOf)
					.collect(Collectors.toSet()));
			}
			catch (NumberFormatException ex) {
				logger.warn("Ignored a cache change announcement that names no locations: '{}'", message);
			}
		}

	}

}
