package io.keystonebi.api.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.redis.SharedRedis;
import io.keystonebi.etl.changes.WarehouseChanged;
import io.keystonebi.reports.scope.DataScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The cache on one node without Redis: tier one alone. */
class TwoTierCacheTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SharedRedis noRedis = SharedRedis.connect(new ApiProperties.Redis("", Duration.ofMillis(250),
			Duration.ofSeconds(2)));

	private final TwoTierCache cache = new TwoTierCache(LocalTierTests.settings(), this.noRedis, this.registry);

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void close() {
		this.cache.close();
		this.noRedis.close();
	}

	@Test
	void concurrentMissesOfOneAnswerLoadItOnce() throws Exception {
		CacheKey key = key("slow", Coverage.everywhere());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return this.cache.get(key, String.class, () -> slowLoad("answer"));
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void aFailedLoadReachesItsCallerAsItIsAndIsNotKept() {
		CacheKey key = key("failing", Coverage.everywhere());

		assertThatIllegalStateException().isThrownBy(() -> this.cache.get(key, String.class, () -> {
			throw new IllegalStateException("database down");
		})).withMessage("database down");

		assertThat(this.cache.get(key, String.class, () -> load("recovered"))).isEqualTo("recovered");
	}

	@Test
	void hitsAndMissesAreCountedPerTierAndLevel() {
		CacheKey key = key("counted", Coverage.everywhere());
		for (int i = 0; i < 3; i++) {
			this.cache.get(key, String.class, () -> load("answer"));
		}

		assertThat(count("kpi", "l1", "miss")).isEqualTo(1);
		assertThat(count("kpi", "l1", "hit")).isEqualTo(2);
		assertThat(this.registry.get("bi.cache.hit.ratio").tags("tier", "kpi", "level", "l1").gauge().value())
			.isEqualTo(2.0 / 3);
		// Without Redis tier two is never asked.
		assertThat(count("kpi", "l2", "hit") + count("kpi", "l2", "miss")).isZero();
		assertThat(this.registry.get("bi.cache.hit.ratio").tags("tier", "raw", "level", "l1").gauge().value()).isZero();
		assertThat(this.registry.get("bi.cache.entries").tags("tier", "kpi").gauge().value()).isEqualTo(1);
	}

	@Test
	void aWarehouseChangeDropsTheAnswersOverItsLocationsAndKeepsTheOthers() {
		CacheKey overA = key("over-a", Coverage.of(List.of(1L)));
		CacheKey overB = key("over-b", Coverage.of(List.of(2L)));
		CacheKey overAll = key("over-all", Coverage.everywhere());
		for (CacheKey key : List.of(overA, overB, overAll)) {
			this.cache.get(key, String.class, () -> load(key.name()));
		}

		this.cache.on(new WarehouseChanged(Set.of(1L)));

		assertThat(this.cache.localKeys()).containsExactly(overB);
		assertThat(this.registry.get("bi.cache.changes").tags("origin", "this_node").counter().count()).isEqualTo(1);
		for (CacheKey key : List.of(overA, overB, overAll)) {
			this.cache.get(key, String.class, () -> load(key.name()));
		}
		assertThat(this.loads).hasValue(5);
	}

	@Test
	void switchedOffEveryRequestLoads() {
		ApiProperties.Cache off = new ApiProperties.Cache(false, 100, LocalTierTests.settings().ttl());
		try (TwoTierCache uncached = new TwoTierCache(off, this.noRedis, new SimpleMeterRegistry())) {
			CacheKey key = key("uncached", Coverage.everywhere());
			uncached.get(key, String.class, () -> load("answer"));
			uncached.get(key, String.class, () -> load("answer"));
		}
		assertThat(this.loads).hasValue(2);
	}

	private double count(String tier, String level, String outcome) {
		return this.registry.get("bi.cache.requests").tags("tier", tier, "level", level, "outcome", outcome)
			.counter().count();
	}

	private String load(String answer) {
		this.loads.incrementAndGet();
		return answer;
	}

	private String slowLoad(String answer) {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return load(answer);
	}

	private static CacheKey key(String name, Coverage coverage) {
		return CacheKey.of(CacheTier.KPI, name, DataScope.brokerage(), Map.of(), coverage);
	}

}
