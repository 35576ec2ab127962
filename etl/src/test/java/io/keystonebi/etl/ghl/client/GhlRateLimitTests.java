package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.etl.ghl.stub.GhlStub;

import static org.assertj.core.api.Assertions.assertThat;

/** The stub and the client both allow 20 requests per second per location (GHL: 100 per 10 s), to stay fast. */
class GhlRateLimitTests {

	static final int LIMIT = 20;

	static final Duration WINDOW = Duration.ofSeconds(1);

	static Jdbi jdbi = ClientFixture.migratedDatabase();

	GhlStub stub;

	ClientFixture fixture;

	@BeforeEach
	void start() {
		this.stub = GhlStub.start(LIMIT, WINDOW);
		this.fixture = ClientFixture.of(jdbi, this.stub, LIMIT, WINDOW, 3);
		for (String location : List.of("loc-a", "loc-b")) {
			this.fixture.connections.connectPrivateIntegration(location, "co-1",
					this.stub.controls().privateIntegrationToken(location, "co-1"));
		}
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void concurrentCallersOfTwoLocationsStayWithinEachLocationsWindowWithoutA429() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			String location = (thread % 2 == 0) ? "loc-a" : "loc-b";
			done.add(threads.submit(() -> {
				GhlLocationClient client = this.fixture.clients.forLocation(location);
				for (int i = 0; i < 15; i++) {
					client.tags();
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		threads.shutdown();

		// 4 threads x 15 calls = 60 per location: three full windows' worth.
		assertThat(this.stub.requests("loc-a")).isEqualTo(60);
		assertThat(this.stub.requests("loc-b")).isEqualTo(60);
		assertThat(this.stub.rateLimited()).isZero();
		assertThat(this.stub.busiestWindow("loc-a")).isLessThanOrEqualTo(LIMIT).isGreaterThanOrEqualTo(LIMIT - 2);
		assertThat(this.stub.busiestWindow("loc-b")).isLessThanOrEqualTo(LIMIT).isGreaterThanOrEqualTo(LIMIT - 2);
	}

	@Test
	void locationsDoNotShareABudget() {
		RateBudget a = new RateBudget("loc-a", 2, Duration.ofHours(1), 100, System::nanoTime);
		RateBudget b = new RateBudget("loc-b", 2, Duration.ofHours(1), 100, System::nanoTime);
		a.release(a.acquire());
		a.release(a.acquire());

		// loc-a's window is full for an hour; loc-b must not wait for it.
		b.release(b.acquire());
		b.release(b.acquire());
	}

	@Test
	void aServerThatReportsNothingRemainingPausesTheLocationForTheInterval() {
		RateBudget budget = new RateBudget("loc-a", 100, Duration.ofSeconds(10), 100, System::nanoTime);
		budget.observe(new RateLimitHeaders(100, 0, 300, 5000));
		long started = System.nanoTime();
		budget.release(budget.acquire());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
	}

	@Test
	void theDailyAllowanceEndsWithAClearError() {
		RateBudget budget = new RateBudget("loc-a", 100, Duration.ofSeconds(10), 2, System::nanoTime);
		budget.release(budget.acquire());
		budget.release(budget.acquire());

		org.assertj.core.api.Assertions.assertThatThrownBy(budget::acquire)
			.isInstanceOf(GhlDailyLimitReachedException.class)
			.hasMessageContaining("loc-a")
			.hasMessageContaining("2 GHL requests");
	}

}
