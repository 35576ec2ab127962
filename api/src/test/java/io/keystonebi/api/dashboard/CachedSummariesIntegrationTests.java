package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.Sql.ExecutionPhase;

import io.keystonebi.api.cache.CacheKey;
import io.keystonebi.api.cache.CacheTier;
import io.keystonebi.api.cache.Coverage;
import io.keystonebi.api.cache.TwoTierCache;
import io.keystonebi.api.redis.RedisServerProcess;
import io.keystonebi.etl.changes.WarehouseChanged;
import io.keystonebi.reports.kpi.Summary;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The summary through the cache, on the dashboard fixture, with a Redis of the test's own. Expected figures come
 * from SQL written apart from the application's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health,prometheus")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(CachedSummariesIntegrationTests.MovableClock.class)
@Sql(scripts = FixtureClock.FIXTURE, executionPhase = ExecutionPhase.BEFORE_TEST_CLASS)
@EnabledIf(value = "io.keystonebi.api.redis.RedisServerProcess#installed",
		disabledReason = "redis-server is not on the PATH: the cache's Redis tests are skipped")
@ExtendWith(OutputCaptureExtension.class)
// Closes the context after the class, so nothing is left trying to reach the class's own Redis once it is stopped.
@DirtiesContext
class CachedSummariesIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	private static final SummaryRequest LAST_30_DAYS = SummaryRequest.parse(null, null, "30d", null);

	private static RedisServerProcess redis;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("bi.api.redis.url", () -> redis().url());
		registry.add("bi.api.redis.timeout", () -> "1s");
		registry.add("bi.api.redis.retry-after", () -> "300ms");
	}

	@AfterAll
	static void stopRedis() {
		if (redis != null) {
			redis.close();
		}
	}

	@Autowired
	private ApplicationContext context;

	@LocalServerPort
	int port;

	@Autowired
	CachedSummaries summaries;

	@Autowired
	TwoTierCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MutableClock clock;

	@Autowired
	Jdbi jdbi;

	@AfterEach
	void restore() {
		redis.ensureRunning();
		this.clock.set(FixtureClock.NOW);
	}

	@Test
	void twoCallersWithDifferentScopesNeverShareAnAnswer() {
		DataScope alice = DataScope.agent(1);
		DataScope carla = DataScope.agent(3);
		DataScope team = DataScope.team(100, List.of(1L, 2L));
		double computedBefore = kpiRequests("l2", "miss");

		Summary forAlice = this.summaries.summarize(LAST_30_DAYS, alice);
		Summary forCarla = this.summaries.summarize(LAST_30_DAYS, carla);
		Summary forTeam = this.summaries.summarize(LAST_30_DAYS, team);

		assertThat(forAlice.current().revenue()).isEqualByComparingTo(revenue(List.of(1L), "2026-02-19", "2026-03-20"))
			.isNotEqualByComparingTo(forCarla.current().revenue());
		assertThat(forCarla.current().revenue()).isEqualByComparingTo(revenue(List.of(3L), "2026-02-19", "2026-03-20"));
		assertThat(forTeam.current().revenue())
			.isEqualByComparingTo(revenue(List.of(1L, 2L), "2026-02-19", "2026-03-20"));
		assertThat(forAlice.topAgents()).extracting((agent) -> agent.name()).containsExactly("Alice Moreno");
		assertThat(kpiRequests("l2", "miss") - computedBefore).isEqualTo(3);
		try (Jedis jedis = redis.client()) {
			assertThat(jedis.keys("kbi:cache:v1:kpi:summary@*:compare=previous&range=30d&today=2026-03-20:all"))
				.hasSize(3)
				.anyMatch((key) -> key.contains(":agent:1:"))
				.anyMatch((key) -> key.contains(":agent:3:"))
				.anyMatch((key) -> key.contains(":team:100:"));
		}
		// Asked again, each caller gets their own answer back from memory.
		double hitsBefore = kpiRequests("l1", "hit");
		assertThat(this.summaries.summarize(LAST_30_DAYS, carla)).isEqualTo(forCarla);
		assertThat(this.summaries.summarize(LAST_30_DAYS, alice)).isEqualTo(forAlice);
		assertThat(kpiRequests("l1", "hit") - hitsBefore).isEqualTo(2);
	}

	@Test
	void aCommittedChangeOfOneLocationDropsTheSummaryButNotAnswersOverOtherLocations() {
		SummaryRequest today = SummaryRequest.parse(null, null, "today", null);
		AtomicInteger denverLoads = new AtomicInteger();
		CacheKey overDenver = CacheKey.of(CacheTier.RAW, "denver-probe", DataScope.brokerage(), Map.of(),
				Coverage.of(List.of(1L)));
		this.cache.get(overDenver, String.class, () -> "denver #" + denverLoads.incrementAndGet());
		BigDecimal before = this.summaries.summarize(today, DataScope.brokerage()).current().revenue();
		assertThat(before).isEqualByComparingTo(revenue(null, "2026-03-20", "2026-03-20"));

		script("add_deal_won_today");
		try {
			// Written behind the cache's back: the cached answer stands until a change is announced.
			assertThat(this.summaries.summarize(today, DataScope.brokerage()).current().revenue())
				.isEqualByComparingTo(before);

			this.events.publishEvent(new WarehouseChanged(Set.of(2L)));

			assertThat(this.summaries.summarize(today, DataScope.brokerage()).current().revenue())
				.isEqualByComparingTo(revenue(null, "2026-03-20", "2026-03-20"))
				.isEqualByComparingTo(before.add(new BigDecimal("12345.00")));
			assertThat(this.cache.get(overDenver, String.class, () -> "denver #" + denverLoads.incrementAndGet()))
				.isEqualTo("denver #1");
		}
		finally {
			script("remove_deal_won_today");
			this.events.publishEvent(new WarehouseChanged(Set.of(2L)));
		}
	}

	@Test
	void aRelativeRangeIsComputedAfreshOnTheNextDay() {
		SummaryRequest today = SummaryRequest.parse(null, null, "today", null);
		assertThat(this.summaries.summarize(today, DataScope.brokerage()).period().from()).isEqualTo(TODAY);

		this.clock.set(FixtureClock.NOW.plus(Duration.ofDays(1)));

		assertThat(this.summaries.summarize(today, DataScope.brokerage()).period().from()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void withRedisKilledTheEndpointAnswersFromPostgresqlAndUsesRedisAgainOnceItIsBack(CapturedOutput output) {
		SummaryClient client = SummaryClient.admin(this.context, this.port);
		client.summary("range=mtd");

		redis.kill();
		for (String range : List.of("7d", "90d", "qtd", "ytd", "mtd")) {
			JsonNode body = client.summary("range=" + range + "&compare=last_year");
			LocalDate first = LocalDate.parse(body.get("period").get("from").asString());
			assertThat(body.get("summary").get("total_revenue").decimalValue()).as(range)
				.isEqualByComparingTo(revenue(null, first.toString(), TODAY.toString()));
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains("is unreachable")).count()).isOne();

		redis.restart();
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("answers again"));
		client.summary("range=7d");
		try (Jedis jedis = redis.client()) {
			assertThat(jedis.keys("kbi:cache:v1:kpi:summary@*range=7d*")).hasSize(1);
		}
	}

	@Test
	void hitsAndMissesPerTierAndLevelAreServedToPrometheus() {
		SummaryClient client = SummaryClient.admin(this.context, this.port);
		client.summary("range=90d");
		client.summary("range=90d");

		String metrics = client.get("/actuator/prometheus").body();

		assertThat(metrics)
			.containsPattern("bi_cache_requests_total\\{level=\"l1\",outcome=\"hit\",tier=\"kpi\"} [1-9]")
			.containsPattern("bi_cache_requests_total\\{level=\"l2\",outcome=\"miss\",tier=\"kpi\"} [1-9]")
			.contains("bi_cache_requests_total{level=\"l2\",outcome=\"hit\",tier=\"history\"} 0.0")
			.containsPattern("bi_cache_hit_ratio\\{level=\"l1\",tier=\"kpi\"} 0\\.[0-9]*[1-9]")
			.containsPattern("bi_cache_entries\\{tier=\"kpi\"} [1-9]")
			.contains("bi_cache_changes_total{origin=\"this_node\"}");
	}

	private double kpiRequests(String level, String outcome) {
		return this.meters.get("bi.cache.requests").tags("tier", "kpi", "level", level, "outcome", outcome)
			.counter()
			.count();
	}

	/** @return revenue won from first to last day, by the agents given, or by everyone when null */
	private BigDecimal revenue(List<Long> users, String first, String last) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(sql("revenue"))
			.bind("everyone", users == null)
			.bind("users", (users != null) ? users.stream().mapToLong(Long::longValue).toArray() : new long[0])
			.bind("first", first)
			.bind("last", last)
			.mapTo(BigDecimal.class)
			.one());
	}

	private void script(String name) {
		this.jdbi.useHandle((handle) -> handle.createScript(sql(name)).execute());
	}

	private static String sql(String name) {
		return SQL.locate(CachedSummariesIntegrationTests.class, name);
	}

	private static synchronized RedisServerProcess redis() {
		if (redis == null) {
			redis = RedisServerProcess.start();
		}
		return redis;
	}

	/** A clock a test can move to another day; it starts where {@link FixtureClock} stands. */
	static final class MutableClock extends Clock {

		private volatile Instant now = FixtureClock.NOW;

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock();
		}

	}

}
