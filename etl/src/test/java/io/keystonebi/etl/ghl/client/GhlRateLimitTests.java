package io.keystonebi.etl.ghl.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.keystonebi.etl.ghl.stub.GhlStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

	private static long seconds(double seconds) {
		return (long) (seconds * 1e9);
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
	void aServerThatCountsMoreThanOurRequestsAndReportsNothingRemainingPausesTheLocationForTheInterval() {
		RateBudget budget = new RateBudget("loc-a", 100, Duration.ofSeconds(10), 100, System::nanoTime);
		RateBudget.Permit permit = budget.acquire();
		// GHL counts 100 of the location's requests; this budget knows of one.
		budget.observe(permit, new RateLimitHeaders(100, 0, 300, 5000), false);
		budget.release(permit);
		long started = System.nanoTime();
		budget.release(budget.acquire());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
	}

	@Test
	void nothingRemainingThatOurOwnRequestsExplainDoesNotHoldTheLocationBackBeyondItsWindow() {
		AtomicLong clock = new AtomicLong();
		RateBudget budget = new RateBudget("loc-a", 2, Duration.ofSeconds(10), 100, clock::get);
		budget.release(budget.acquire());
		clock.set(seconds(9.999));
		RateBudget.Permit second = budget.acquire();
		clock.set(seconds(10.001));
		// GHL counted both requests when the second arrived. The first one's permit has expired since, so
		// counting only what is held now would take GHL's count for someone else's requests.
		budget.observe(second, new RateLimitHeaders(2, 0, 10_000, 5000), false);
		budget.release(second);

		// The first permit is free again: the next request need not wait for the second's window to pass.
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> budget.release(budget.acquire()));
	}

	@Test
	void a429WithNothingRemainingPausesTheLocationForTheInterval() {
		RateBudget budget = new RateBudget("loc-a", 1, Duration.ofMillis(50), 100, System::nanoTime);
		RateBudget.Permit permit = budget.acquire();
		budget.observe(permit, new RateLimitHeaders(1, 0, 300, 5000), true);
		budget.release(permit);
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
