package io.keystonebi.api.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.api.redis.SharedRedis;
import io.keystonebi.api.security.AccountAdministration;
import io.keystonebi.api.security.AccountChange;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit with its defaults (100 requests and 10 costly ones per minute) on a node sharing a Redis of the
 * test's own: per signed-in user or else per address, shared with a second node, still enforced while Redis is
 * down, and never applied to webhooks, health checks or static files. Each test counts for its own user, so the
 * tests leave each other's budgets alone.
 */
@SpringBootTest(classes = KeystoneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bi.jobs.enabled=false", "bi.api.rate-limit.requests-per-minute=100",
				"bi.api.rate-limit.costly-per-minute=10" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RateLimitIntegrationTests {

	private static final TestRedis REDIS = TestRedis.start();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STATUS = "/api/v1/sync/status";

	private static final String TOKEN = "/api/v1/auth/token";

	private static final String PASSWORD = "Rate-limit-test-9Qz4";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	@Autowired
	SharedRedis sharedRedis;

	@Autowired
	AccountAdministration accounts;

	@DynamicPropertySource
	static void sharedRedis(DynamicPropertyRegistry registry) {
		registry.add("bi.api.redis.url", REDIS::url);
	}

	@AfterAll
	static void stopRedis() throws InterruptedException {
		REDIS.close();
	}

	@Test
	void theHundredAndFirstRequestWithinAMinuteIsRefusedWithAProblemSayingWhenToRetry() throws Exception {
		Client alice = user("alice");
		double refusedBefore = refusals("requests");
		Instant first = Instant.now();
		for (int i = 1; i <= 100; i++) {
			HttpResponse<String> admitted = alice.get(STATUS);
			assertThat(admitted.statusCode()).as("request %d", i).isEqualTo(200);
			assertThat(admitted.headers().firstValue("RateLimit-Limit")).hasValue("100");
			assertThat(admitted.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(100 - i));
		}

		HttpResponse<String> refused = alice.get(STATUS);
		long elapsed = Duration.between(first, Instant.now()).toSeconds();

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		// The first request leaves the window a minute after it was made.
		assertThat(retryAfter).isBetween(60 - elapsed - 1, 60L);
		assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
		assertThat(refused.headers().firstValue("RateLimit-Reset")).hasValue(Long.toString(retryAfter));
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
		assertThat(problem.get("detail").asString()).isEqualTo("At most 100 requests per minute are allowed "
				+ "(bi.api.rate-limit.requests-per-minute); retry in " + retryAfter + " s.");
		assertThat(refusals("requests")).isEqualTo(refusedBefore + 1);
		try (JedisPooled redis = REDIS.client()) {
			assertThat(redis.zcard("bi:rate:{user:" + alice.user() + "}:requests")).isEqualTo(100);
		}
	}

	@Test
	void anotherUserOrAddressKeepsItsOwnBudget() throws Exception {
		Client bob = user("bob");
		for (int i = 0; i < 100; i++) {
			bob.get(STATUS);
		}
		assertThat(bob.get(STATUS).statusCode()).isEqualTo(429);
		HttpResponse<String> carol = user("carol").get(STATUS);
		assertThat(carol.statusCode()).isEqualTo(200);
		assertThat(carol.headers().firstValue("RateLimit-Remaining")).hasValue("99");

		// Before sign-in, each address counts on its own: password guessing stops at 100 tries a minute.
		String guess = "{\"grant_type\":\"password\",\"username\":\"nobody\",\"password\":\"guess-number-n\"}";
		for (int i = 1; i <= 100; i++) {
			assertThat(RawHttp.postJson("127.0.0.2", this.port, TOKEN, guess).status()).as("guess %d", i).isEqualTo(401);
		}
		assertThat(RawHttp.postJson("127.0.0.2", this.port, TOKEN, guess).status()).isEqualTo(429);
		HttpResponse<String> fromAnotherAddress = Client.HTTP.send(HttpRequest.newBuilder(URI.create(
				"http://127.0.0.1:" + this.port + TOKEN)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(guess)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fromAnotherAddress.statusCode()).isEqualTo(401);
		try (JedisPooled redis = REDIS.client()) {
			assertThat(redis.zcard("bi:rate:{ip:127.0.0.2}:requests")).isEqualTo(100);
		}
	}

	@Test
	void twoNodesSharingOneRedisShareOneBudget() throws Exception {
		try (ConfigurableApplicationContext nodeB = secondNode()) {
			Client onA = user("dave");
			Client onB = new Client(((WebServerApplicationContext) nodeB).getWebServer().getPort(), onA.user(),
					onA.authorization());
			for (int i = 0; i < 50; i++) {
				assertThat(onA.get(STATUS).statusCode()).isEqualTo(200);
			}
			HttpResponse<String> firstOnB = onB.get(STATUS);
			assertThat(firstOnB.headers().firstValue("RateLimit-Remaining")).hasValue("49");
			for (int i = 0; i < 49; i++) {
				assertThat(onB.get(STATUS).statusCode()).isEqualTo(200);
			}

			assertThat(onA.get(STATUS).statusCode()).isEqualTo(429);
			assertThat(onB.get(STATUS).statusCode()).isEqualTo(429);
		}
	}

	@Test
	void whileRedisIsDownEachNodeStillLimitsByItself() throws Exception {
		Client erin = user("erin");
		REDIS.down();
		try {
			for (int i = 1; i <= 100; i++) {
				assertThat(erin.get(STATUS).statusCode()).as("request %d", i).isEqualTo(200);
			}
			HttpResponse<String> refused = erin.get(STATUS);
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		}
		finally {
			REDIS.up();
			awaitRedisBack();
		}
		try (JedisPooled redis = REDIS.client()) {
			assertThat(redis.exists("bi:rate:{user:" + erin.user() + "}:requests")).isFalse();
		}
	}

	@Test
	void costlyPathsHaveTheirOwnLowerLimitAndCountAgainstTheGeneralOneToo() throws Exception {
		Client frank = user("frank");
		double refusedBefore = refusals("costly");
		for (int i = 1; i <= 10; i++) {
			// No forecast endpoint yet: the limit applies before a path is looked up, so a 404 counts too.
			String path = (i % 2 == 0) ? "/api/v1/forecasts/next-quarter" : "/api/v1/agents/7/simulate";
			HttpResponse<String> admitted = frank.get(path);
			assertThat(admitted.statusCode()).as(path).isEqualTo(404);
			assertThat(admitted.headers().firstValue("RateLimit-Limit")).hasValue("10");
			assertThat(admitted.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(10 - i));
		}

		HttpResponse<String> refused = frank.get("/api/v1/forecasts/next-quarter");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(JSON.readTree(refused.body()).get("detail").asString())
			.startsWith("At most 10 costly requests (reports, forecasts, simulations) per minute are allowed "
					+ "(bi.api.rate-limit.costly-per-minute)");
		assertThat(refusals("costly")).isEqualTo(refusedBefore + 1);
		// Ten admitted costly requests and this one; the refused one counted nowhere.
		HttpResponse<String> cheap = frank.get(STATUS);
		assertThat(cheap.statusCode()).isEqualTo(200);
		assertThat(cheap.headers().firstValue("RateLimit-Limit")).hasValue("100");
		assertThat(cheap.headers().firstValue("RateLimit-Remaining")).hasValue("89");
	}

	@Test
	void webhooksHealthChecksAndStaticFilesAreNeverCounted() throws Exception {
		Client grace = user("grace");
		for (int i = 0; i < 110; i++) {
			HttpResponse<String> webhook = grace.post("/api/v1/webhooks/ghl");
			assertThat(webhook.statusCode()).isNotEqualTo(429);
			assertThat(webhook.headers().firstValue("RateLimit-Limit")).isEmpty();
		}
		for (String path : new String[] { "/actuator/health", "/css/dashboard.css", "/favicon.svg" }) {
			HttpResponse<String> exempt = grace.get(path);
			assertThat(exempt.statusCode()).as(path).isEqualTo(200);
			assertThat(exempt.headers().firstValue("RateLimit-Limit")).as(path).isEmpty();
		}

		assertThat(grace.get(STATUS).headers().firstValue("RateLimit-Remaining")).hasValue("99");
	}

	private double refusals(String kind) {
		return this.meters.get("bi.rate.limit.rejections").tag("kind", kind).counter().count();
	}

	/** Another node of the same deployment: the same database and Redis, its own port and memory. */
	private ConfigurableApplicationContext secondNode() {
		return new SpringApplicationBuilder(KeystoneApplication.class).run("--server.port=0",
				"--bi.jobs.enabled=false", "--spring.main.banner-mode=off",
				"--bi.database.url=" + this.environment.getProperty("bi.database.url"),
				"--bi.api.redis.url=" + REDIS.url(), "--bi.api.rate-limit.requests-per-minute=100",
				"--bi.api.rate-limit.costly-per-minute=10", TestEncryption.arguments()[0], TestEncryption.arguments()[1],
				TestEncryption.arguments()[2]);
	}

	// Redis is tried again only after bi.api.redis.retry-after; later tests expect the shared count back.
	private void awaitRedisBack() throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(15);
		while (this.sharedRedis.call((jedis) -> jedis.ping()).isEmpty()) {
			assertThat(Instant.now()).as("Redis back in time").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	/** A new executive account of its own, signed in through the token endpoint (which counts per address). */
	private Client user(String name) {
		String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new AccountChange(username, name, Role.EXECUTIVE, null, null, true), PASSWORD);
		String token = TestSignIn.token(this.port, username, PASSWORD)
			.get("access_token").asString();
		return new Client(this.port, username, "Bearer " + token);
	}

	/** Requests as one signed-in user. */
	private record Client(int port, String user, String authorization) {

		private static final HttpClient HTTP = HttpClient.newHttpClient();

		HttpResponse<String> get(String path) throws Exception {
			return send(request(path).GET());
		}

		HttpResponse<String> post(String path) throws Exception {
			return send(request(path).POST(HttpRequest.BodyPublishers.ofString("{}")));
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", this.authorization);
		}

		private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
