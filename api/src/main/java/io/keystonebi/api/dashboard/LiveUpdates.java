package io.keystonebi.api.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.keystonebi.api.cache.TwoTierCache;
import io.keystonebi.etl.changes.WarehouseChanged;

/**
 * Tells open dashboards that data changed, over server-sent events, so they fetch their figures again without a
 * reload. A burst of changes (a sync writes chunk after chunk) is told once, a moment after its last change, by
 * which time the cache over it has been dropped on every node. The event carries only the time and the
 * locations, never figures, so it is the same for every caller; each page then asks for what its caller may see.
 * Changes on other nodes arrive through the cache's Redis channel.
 */
public final class LiveUpdates implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LiveUpdates.class);

	private final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();

	private final Set<Long> pending = new CopyOnWriteArraySet<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "dashboard-live-updates");
		thread.setDaemon(true);
		return thread;
	});

	// Each stream is written on its own task, so a slow or half-dead connection never holds up the others.
	private final ExecutorService writers = Executors.newFixedThreadPool(4, (task) -> {
		Thread thread = new Thread(task, "dashboard-live-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration quiet;

	private final Duration timeout;

	private final Clock clock;

	private ScheduledFuture<?> scheduled;

	/**
	 * @param cache the answer cache, whose channel brings other nodes' changes
	 * @param quiet how long after the last change of a burst it is told
	 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
	 * @param timeout how long one stream lasts before the browser opens a new one
	 * @param clock the time the events carry
	 */
	public LiveUpdates(TwoTierCache cache, Duration quiet, Duration heartbeat, Duration timeout, Clock clock) {
		this.quiet = quiet;
		this.timeout = timeout;
		this.clock = clock;
		cache.onChangeElsewhere(this::changed);
		this.timer.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** @return a new stream, told of every change until it times out or the browser goes away */
	SseEmitter open() {
		return register(new SseEmitter(this.timeout.toMillis()));
	}

	/** @return the stream, told of every change from now on, after a first "hello" */
	SseEmitter register(SseEmitter emitter) {
		emitter.onCompletion(() -> this.emitters.remove(emitter));
		emitter.onTimeout(emitter::complete);
		emitter.onError((ex) -> this.emitters.remove(emitter));
		this.emitters.add(emitter);
		send(emitter, SseEmitter.event().name("hello").data(Map.of("at", this.clock.instant().toString())));
		return emitter;
	}

	/** @return how many streams are open on this node */
	int openStreams() {
		return this.emitters.size();
	}

	@EventListener
	void on(WarehouseChanged change) {
		changed(change.locationIds());
	}

	synchronized void changed(Set<Long> locationIds) {
		this.pending.addAll(locationIds);
		if (this.scheduled != null) {
			this.scheduled.cancel(false);
		}
		this.scheduled = this.timer.schedule(this::tell, this.quiet.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void tell() {
		Set<Long> locations;
		synchronized (this) {
			locations = Set.copyOf(this.pending);
			this.pending.clear();
			this.scheduled = null;
		}
		if (locations.isEmpty()) {
			return;
		}
		Map<String, Object> data = Map.of("at", this.clock.instant().toString(), "locations",
				locations.stream().sorted().toList());
		for (SseEmitter emitter : this.emitters) {
			this.writers.execute(() -> send(emitter, SseEmitter.event().name("changed").data(data)));
		}
	}

	private void heartbeat() {
		for (SseEmitter emitter : this.emitters) {
			this.writers.execute(() -> send(emitter, SseEmitter.event().comment("still here")));
		}
	}

	// A browser that went away fails the write, with an I/O error or, depending on when the container noticed,
	// an unchecked one; its stream is dropped and the streams after it are still told.
	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | RuntimeException ex) {
			this.emitters.remove(emitter);
			try {
				emitter.completeWithError(ex);
			}
			catch (RuntimeException alreadyClosed) {
				// Nothing is left to close.
			}
			logger.debug("A dashboard stream closed: {}", ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		this.writers.shutdownNow();
		this.emitters.forEach(SseEmitter::complete);
		this.emitters.clear();
	}

}
