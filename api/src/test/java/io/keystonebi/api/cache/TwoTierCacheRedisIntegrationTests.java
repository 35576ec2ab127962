package io.keystonebi.api.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.api.redis.RedisServerProcess;
import io.keystonebi.api.redis.SharedRedis;
import io.keystonebi.reports.scope.DataScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes (two caches, each with its own connection pool and meters) sharing a Redis of the test's own, which
 * the tests kill, start again and freeze.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoTierCacheRedisIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static RedisServerProcess redis;

	private final List<Node> nodes = new ArrayList<>();

	private final AtomicInteger loads = new AtomicInteger();

	private final CacheKey overA = key("over-a", Coverage.of(List.of(1L)));

	private final CacheKey overB = key("over-b", Coverage.of(List.of(2L)));

	@BeforeAll
	static void startRedis() {
		redis = RedisServerProcess.start();
	}

	@AfterAll
	static void stopRedis() {
		if (redis != null) {
			redis.close();
		}
	}

	@AfterEach
	void stopNodesAndEmptyRedis() {
		this.nodes.forEach(Node::close);
		redis.ensureRunning();
		try (Jedis jedis = redis.client()) {
			jedis.flushAll();
		}
	}

	@Test
	void anAnswerIsServedFromMemoryThenFromRedisOnAnotherNode() {
		Node first = node();
		Node second = node();

		assertThat(first.get(this.overA)).isEqualTo("over-a #1");
		assertThat(first.get(this.overA)).isEqualTo("over-a #1");
		assertThat(second.get(this.overA)).isEqualTo("over-a #1");
		assertThat(second.get(this.overA)).isEqualTo("over-a #1");

		assertThat(this.loads).hasValue(1);
		assertThat(first.counts()).isEqualTo("l1 hit 1, l1 miss 1, l2 hit 0, l2 miss 1");
		assertThat(second.counts()).isEqualTo("l1 hit 1, l1 miss 1, l2 hit 1, l2 miss 0");
		try (Jedis jedis = redis.client()) {
			assertThat(jedis.keys(SharedTier.PREFIX + SharedTier.FORMAT + ":*")).singleElement()
				.asString()
				.startsWith("kbi:cache:v1:analytics:over-a@")
				.endsWith(":all::1");
		}
	}

	@Test
	void aChangeOnOneNodeDropsTheAnswersOverItsLocationsOnEveryNodeAndKeepsTheOthers() {
		Node first = node();
		Node second = node();
		for (Node node : List.of(first, second)) {
			node.get(this.overA);
			node.get(this.overB);
		}
		assertThat(this.loads).hasValue(2);

		first.cache.changed(Set.of(1L));

		await().atMost(PATIENCE).until(() -> !second.cache.localKeys().contains(this.overA));
		assertThat(second.cache.localKeys()).containsExactly(this.overB);
		assertThat(second.get(this.overB)).isEqualTo("over-b #2");
		// Redis still holds the answer over A, but under the location's old token: it is loaded again, once.
		assertThat(second.get(this.overA)).isEqualTo("over-a #3");
		assertThat(first.get(this.overA)).isEqualTo("over-a #3");
		assertThat(this.loads).hasValue(3);
		assertThat(second.registry.get("bi.cache.changes").tags("origin", "other_node").counter().count()).isOne();
	}

	@Test
	void withRedisKilledAnswersGoOnSaidOnceAndWhenItReturnsItIsUsedAgain(CapturedOutput output) {
		Node first = node();
		assertThat(first.get(this.overA)).isEqualTo("over-a #1");

		redis.kill();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add(first.get(key("while-down-" + i, Coverage.of(List.of(1L)))));
		}
		assertThat(answers).first().isEqualTo("while-down-0 #2");
		assertThat(answers).last().isEqualTo("while-down-19 #21");
		assertThat(first.get(this.overA)).isEqualTo("over-a #1");
		assertThat(occurrences(output, "is unreachable")).isOne();

		redis.restart();
		// Back: the node listens again (and forgets what it may have missed), and answers reach Redis again.
		await().atMost(PATIENCE).until(() -> occurrences(output, "answers again") == 1);
		awaitListeners(1);
		assertThat(first.get(this.overA)).isEqualTo("over-a #22");
		Node second = node();
		assertThat(second.get(this.overA)).isEqualTo("over-a #22");
		assertThat(second.counts()).isEqualTo("l1 hit 0, l1 miss 1, l2 hit 1, l2 miss 0");
		assertThat(occurrences(output, "is unreachable")).isOne();
	}

	@Test
	void aChangeMadeWhileRedisDidNotAnswerReachesTheOtherNodesWhenItAnswersAgain() {
		Node first = node();
		Node second = node();
		first.get(this.overA);
		second.get(this.overA);

		redis.pause();
		try {
			first.cache.changed(Set.of(1L));
			assertThat(first.get(this.overA)).isEqualTo("over-a #2");
		}
		finally {
			redis.resume();
		}

		await().atMost(PATIENCE).until(() -> !second.cache.localKeys().contains(this.overA));
		assertThat(second.get(this.overA)).isEqualTo("over-a #3");
	}

	private Node node() {
		// A timeout no busy test machine reaches by accident, so Redis is down only when a test makes it so.
		SharedRedis shared = SharedRedis.connect(new ApiProperties.Redis(redis.url(), Duration.ofSeconds(1),
				Duration.ofMillis(300)));
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		TwoTierCache cache = new TwoTierCache(LocalTierTests.settings(), shared, registry);
		cache.start();
		Node node = new Node(cache, shared, registry, this.loads);
		this.nodes.add(node);
		// A node forgets what it holds when it starts listening, as it may have missed changes before.
		awaitListeners(this.nodes.size());
		return node;
	}

	private static void awaitListeners(int nodes) {
		await().atMost(PATIENCE).until(() -> {
			try (Jedis jedis = redis.client()) {
				return jedis.pubsubNumSub(SharedTier.CHANNEL).get(SharedTier.CHANNEL) >= nodes;
			}
		});
	}

	private static long occurrences(CapturedOutput output, String text) {
		return output.getOut().lines().filter((line) -> line.contains(text)).count();
	}

	private static CacheKey key(String name, Coverage coverage) {
		return CacheKey.of(CacheTier.ANALYTICS, name, DataScope.brokerage(), Map.of(), coverage);
	}

	/** One application node: its cache, Redis connection and meters. Answers are named after their load. */
	private record Node(TwoTierCache cache, SharedRedis shared, SimpleMeterRegistry registry, AtomicInteger loads) {

		String get(CacheKey key) {
			return this.cache.get(key, String.class, () -> key.name() + " #" + this.loads.incrementAndGet());
		}

		String counts() {
			return "l1 hit %.0f, l1 miss %.0f, l2 hit %.0f, l2 miss %.0f".formatted(count("l1", "hit"),
					count("l1", "miss"), count("l2", "hit"), count("l2", "miss"));
		}

		private double count(String level, String outcome) {
			return this.registry.get("bi.cache.requests")
				.tags("tier", "analytics", "level", level, "outcome", outcome)
				.counter()
				.count();
		}

		void close() {
			this.cache.close();
			this.shared.close();
		}

	}

}
