package io.keystonebi.api.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.cache.TwoTierCache;
import io.keystonebi.api.redis.SharedRedis;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdatesTests {

	private final TwoTierCache cache = new TwoTierCache(
			new ApiProperties.Cache(true, 100, new ApiProperties.Cache.Ttl(Duration.ofSeconds(30), Duration.ofMinutes(5),
					Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(7))),
			SharedRedis.connect(new ApiProperties.Redis("", Duration.ofMillis(250), Duration.ofSeconds(2))),
			new SimpleMeterRegistry());

	private final LiveUpdates updates = new LiveUpdates(this.cache, Duration.ofMillis(20), Duration.ofHours(1),
			Duration.ofMinutes(30), Clock.systemUTC());

	@AfterEach
	void close() {
		this.updates.close();
		this.cache.close();
	}

	@Test
	void aBurstOfChangesIsToldOnceToEveryOpenStream() throws InterruptedException {
		Recording first = (Recording) this.updates.register(new Recording());
		Recording second = (Recording) this.updates.register(new Recording());

		this.updates.changed(Set.of(1L));
		this.updates.changed(Set.of(2L));

		awaitSends(first, 2);
		awaitSends(second, 2);
		Thread.sleep(100);
		assertThat(first.sent).hasSize(2);
		assertThat(this.updates.openStreams()).isEqualTo(2);
	}

	@Test
	void aStreamWhoseBrowserWentAwayIsDroppedAndTheStreamsAfterItAreStillTold() throws InterruptedException {
		Recording gone = (Recording) this.updates.register(new Recording());
		Recording open = (Recording) this.updates.register(new Recording());
		gone.fails = true;

		this.updates.changed(Set.of(1L));

		awaitSends(open, 2);
		assertThat(this.updates.openStreams()).isEqualTo(1);
	}

	private static void awaitSends(Recording emitter, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (emitter.sent.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(emitter.sent).hasSize(count);
	}

	/** A stream that records what it is sent, or fails as a write to a browser that went away does. */
	static final class Recording extends SseEmitter {

		final List<SseEventBuilder> sent = new CopyOnWriteArrayList<>();

		volatile boolean fails;

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (this.fails) {
				// What the container throws when it noticed the disconnect first: not an IOException.
				throw new IllegalStateException("The response has been committed and closed");
			}
			this.sent.add(builder);
		}

	}

}
