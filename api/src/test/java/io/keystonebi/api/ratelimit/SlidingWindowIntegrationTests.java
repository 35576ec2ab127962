package io.keystonebi.api.ratelimit;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.JedisPooled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sliding window, the same in Redis (the Lua script) as on one node alone, worked through at chosen times: a
 * place frees up exactly one minute after the request that took it, refused requests take none, and a request to
 * a costly path is admitted only when both of its quotas have room.
 */
class SlidingWindowIntegrationTests {

	private static final long T0 = 1_800_000_000_000L;

	private static final Quota THREE = new Quota("requests", 3, "test.requests");

	private static final Quota FIVE = new Quota("requests", 5, "test.requests");

	private static final Quota TWO_COSTLY = new Quota("costly", 2, "test.costly");

	private static TestRedis redis;

	private static JedisPooled jedis;

	@BeforeAll
	static void startRedis() {
		redis = TestRedis.start();
		jedis = redis.client();
	}

	@AfterAll
	static void stopRedis() throws InterruptedException {
		jedis.close();
		redis.close();
	}

	static Stream<Named<Windows>> windows() {
		LocalWindows local = new LocalWindows(RateLimiter.WINDOW);
		RedisWindows shared = new RedisWindows(RateLimiter.WINDOW);
		return Stream.of(Named.of("on this node", local::acquire),
				Named.of("in Redis", (client, quotas, now) -> shared.acquire(jedis, client, quotas, now)));
	}

	@ParameterizedTest
	@MethodSource("windows")
	void aPlaceFreesUpOneMinuteAfterTheRequestThatTookIt(Windows windows) {
		String client = "user:" + UUID.randomUUID();
		List<Quota> quotas = List.of(THREE);

		assertThat(windows.acquire(client, quotas, T0)).isEqualTo(new Decision(true, THREE, 2, 60));
		assertThat(windows.acquire(client, quotas, T0 + 10_000)).isEqualTo(new Decision(true, THREE, 1, 50));
		assertThat(windows.acquire(client, quotas, T0 + 20_000)).isEqualTo(new Decision(true, THREE, 0, 40));
		assertThat(windows.acquire(client, quotas, T0 + 30_000)).isEqualTo(new Decision(false, THREE, 0, 30));
		assertThat(windows.acquire(client, quotas, T0 + 59_999)).isEqualTo(new Decision(false, THREE, 0, 1));
		// The first request leaves the window; the oldest left is the one at 10 s, which leaves 10 s later.
		assertThat(windows.acquire(client, quotas, T0 + 60_000)).isEqualTo(new Decision(true, THREE, 0, 10));
	}

	@ParameterizedTest
	@MethodSource("windows")
	void aCostlyRequestNeedsRoomInBothQuotasAndARefusedOneTakesNone(Windows windows) {
		String client = "ip:" + UUID.randomUUID();
		List<Quota> costly = List.of(FIVE, TWO_COSTLY);

		assertThat(windows.acquire(client, costly, T0)).isEqualTo(new Decision(true, TWO_COSTLY, 1, 60));
		assertThat(windows.acquire(client, costly, T0 + 1_000)).isEqualTo(new Decision(true, TWO_COSTLY, 0, 59));
		assertThat(windows.acquire(client, costly, T0 + 2_000)).isEqualTo(new Decision(false, TWO_COSTLY, 0, 58));
		// Two admitted so far; the refused costly request was not counted against the five either.
		assertThat(windows.acquire(client, List.of(FIVE), T0 + 3_000)).isEqualTo(new Decision(true, FIVE, 2, 57));
	}

	@ParameterizedTest
	@MethodSource("windows")
	void clientsCountApart(Windows windows) {
		String alice = "user:alice-" + UUID.randomUUID();
		String bob = "user:bob-" + UUID.randomUUID();
		windows.acquire(alice, List.of(THREE), T0);
		windows.acquire(alice, List.of(THREE), T0);
		windows.acquire(alice, List.of(THREE), T0);

		assertThat(windows.acquire(alice, List.of(THREE), T0 + 500)).isEqualTo(new Decision(false, THREE, 0, 60));
		assertThat(windows.acquire(bob, List.of(THREE), T0 + 500)).isEqualTo(new Decision(true, THREE, 2, 60));
	}

	@FunctionalInterface
	interface Windows {

		Decision acquire(String client, List<Quota> quotas, long now);

	}

}
