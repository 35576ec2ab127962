package io.keystonebi.api.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.cache.CacheMetrics.Level;
import io.keystonebi.api.redis.SharedRedis;
import io.keystonebi.etl.changes.WarehouseChanged;

/**
 * The answer cache: this node's memory, then the shared Redis, then the loader (PostgreSQL). Concurrent requests
 * for the same missing answer on one node load it once. A committed change of the warehouse drops exactly the
 * answers covering its locations, here at once and on the other nodes through Redis. Without Redis, or while it is
 * down, each node caches for itself and answers go on from PostgreSQL.
 */
public final class TwoTierCache implements AutoCloseable {

	private final ApiProperties.Cache settings;

	private final LocalTier local;

	private final SharedTier shared;

	private final ValueCodec codec = new ValueCodec();

	private final CacheMetrics metrics;

	private final ChangeSubscription subscription;

	private final Map<CacheKey, CompletableFuture<Object>> loading = new ConcurrentHashMap<>();

	private final List<Consumer<Set<Long>>> elsewhereListeners = new CopyOnWriteArrayList<>();

	// Tells Redis of changes made while it did not answer as soon as it does, even if this node reads nothing.
	private final ScheduledExecutorService untold = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "cache-untold-changes");
		thread.setDaemon(true);
		return thread;
	});

	private final long retryMillis;

	/**
	 * @param settings tiers, sizes and the on/off switch
	 * @param redis the shared Redis, possibly absent
	 * @param registry where the cache's meters go
	 */
	public TwoTierCache(ApiProperties.Cache settings, SharedRedis redis, MeterRegistry registry) {
		String node = UUID.randomUUID().toString();
		this.settings = settings;
		this.local = new LocalTier(settings);
		this.shared = new SharedTier(redis, node);
		this.metrics = new CacheMetrics(registry, this.local);
		this.subscription = new ChangeSubscription(redis, node, this::changedElsewhere, this::listening);
		this.retryMillis = Math.max(100, redis.retryAfter().toMillis() / 2);
	}

	/** Starts listening for changes other nodes announce. */
	public void start() {
		if (this.settings.enabled()) {
			this.subscription.start();
			this.untold.scheduleWithFixedDelay(this.shared::tellUntold, this.retryMillis, this.retryMillis,
					TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * @param <T> the answer's type: a record (or a type Jackson reads back as it wrote it) of immutable values,
	 * since every caller gets the same instance
	 * @param key what is asked, by whom, over which locations
	 * @param type the answer's type
	 * @param loader computes the answer when no tier holds it; never returns null
	 * @return the answer
	 */
	public <T> T get(CacheKey key, Class<T> type, Supplier<T> loader) {
		if (!this.settings.enabled()) {
			return loader.get();
		}
		Object held = this.local.get(key);
		if (held != null) {
			this.metrics.hit(key.tier(), Level.L1);
			return type.cast(held);
		}
		this.metrics.miss(key.tier(), Level.L1);
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> running = this.loading.putIfAbsent(key, mine);
		if (running != null) {
			return type.cast(await(running));
		}
		try {
			// Another request may have stored the answer between the look above and taking the load on.
			Object stored = this.local.get(key);
			T answer = (stored != null) ? type.cast(stored) : load(key, type, loader);
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.loading.remove(key, mine);
		}
	}

	private <T> T load(CacheKey key, Class<T> type, Supplier<T> loader) {
		long stamp = this.local.stamp(key.coverage());
		String sharedKey = SharedTier.key(key, this.codec.shape(type));
		Optional<SharedTier.Lookup> lookup = this.shared.read(sharedKey, key.coverage());
		if (lookup.isPresent()) {
			T stored = (lookup.get().value() != null) ? this.codec.read(lookup.get().value(), type) : null;
			if (stored != null) {
				this.metrics.hit(key.tier(), Level.L2);
				this.local.put(key, stamp, stored);
				return stored;
			}
			this.metrics.miss(key.tier(), Level.L2);
		}
		T answer = Objects.requireNonNull(loader.get(), () -> "The loader of " + key + " returned null");
		this.local.put(key, stamp, answer);
		lookup.ifPresent((found) -> this.shared.write(sharedKey, found, this.codec.write(answer),
				key.tier().ttl(this.settings.ttl())));
		return answer;
	}

	// The loader's own exception, not a wrapper: callers map it (e.g. a bad parameter to 400).
	private static Object await(CompletableFuture<Object> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Drops the answers covering the locations, on this node and through Redis on the others.
	 * @param locationIds warehouse ids of the locations whose data changed
	 */
	public void changed(Set<Long> locationIds) {
		if (!this.settings.enabled() || locationIds.isEmpty()) {
			return;
		}
		this.local.changed(locationIds);
		this.metrics.changed(true);
		this.shared.changed(locationIds);
	}

	@EventListener
	void on(WarehouseChanged change) {
		changed(change.locationIds());
	}

	/**
	 * @param listener told of every change another node announces, after this node's answers over it are dropped
	 * (this node's own changes arrive as {@link WarehouseChanged} events)
	 */
	public void onChangeElsewhere(Consumer<Set<Long>> listener) {
		this.elsewhereListeners.add(listener);
	}

	private void changedElsewhere(Set<Long> locationIds) {
		this.local.changed(locationIds);
		this.metrics.changed(false);
		this.elsewhereListeners.forEach((listener) -> listener.accept(locationIds));
	}

	// Changes announced while this node was not listening are lost to it; its own untold ones go out now.
	private void listening() {
		this.local.clear();
		this.shared.tellUntold();
	}

	/** @return the keys of the answers this node holds in memory, for tests */
	Set<CacheKey> localKeys() {
		return this.local.keys();
	}

	@Override
	public void close() {
		this.untold.shutdownNow();
		this.subscription.close();
	}

}
