package io.keystonebi.etl.ghl.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GoHighLevel API v2 stand-in on an ephemeral local port, for client and sync-job tests. It speaks the
 * documented shapes (the samples in {@code io/keystonebi/etl/ghl/samples/}), pages generated data in every
 * paging style (large data sets too: see {@link StubControls#generate(StubControls.Dataset)}), enforces the
 * burst limit per location token over a sliding window (429 with GHL's error body; {@code X-RateLimit-*}
 * headers on every answer to a location's token), checks the {@code Version} header per service (400 on a
 * wrong one), issues and refreshes OAuth tokens, can answer after a set latency as the real API does, and can be
 * told to fail. Every error body carries a fresh {@code traceId}.
 */
public final class GhlStub implements AutoCloseable {

	/** The OAuth client id the stub's token endpoint accepts. */
	public static final String CLIENT_ID = "stub-client";

	/** The OAuth client secret the stub's token endpoint accepts. */
	public static final String CLIENT_SECRET = "stub-secret";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final StubRateLimiter limiter;

	private final StubTokens tokens = new StubTokens();

	private final StubData data = new StubData(this.json);

	private final StubRoutes routes;

	private final List<StubCall> calls = new CopyOnWriteArrayList<>();

	private final List<String> traceIds = new CopyOnWriteArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicInteger tooMany = new AtomicInteger();

	private volatile int failureStatus;

	private volatile long latencyNanos;

	private final Instant startedAt = Instant.now();

	private final long startedNanos = System.nanoTime();

	private volatile FailPath failPath;

	private volatile Hang hang;

	private GhlStub(int burstLimit, Duration window) throws IOException {
		this.limiter = new StubRateLimiter(burstLimit, window.toNanos(), 200_000);
		this.routes = new StubRoutes(this.json, this.data, this.tokens);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** @return a stub with GHL's own limit, 100 requests per 10 seconds per location */
	public static GhlStub start() {
		return start(100, Duration.ofSeconds(10));
	}

	/** @return a stub allowing {@code burstLimit} requests per {@code window} per location */
	public static GhlStub start(int burstLimit, Duration window) {
		try {
			return new GhlStub(burstLimit, window);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the base URL to configure as {@code bi.etl.ghl.client.base-url} */
	public URI baseUrl() {
		return URI.create("http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort());
	}

	/** @return the data and token controls */
	public StubControls controls() {
		return new StubControls(this.data, this.tokens);
	}

	/**
	 * Every answer leaves no sooner than {@code latency} after its request arrived, as GHL's take a while; the
	 * request still counts against the limit when it arrives. Zero (the default) answers at once.
	 */
	public void latency(Duration latency) {
		this.latencyNanos = latency.toNanos();
	}

	/** The next {@code count} API calls (not token calls) answer {@code status} (429 or 5xx storms, 403...). */
	public void failNext(int count, int status) {
		this.failureStatus = status;
		this.failures.set(count);
	}

	/**
	 * Lets {@code okCalls} more calls to {@code path} through, then answers every further one {@code status}
	 * until {@link #stopFailing()}: a sync that dies in the middle of a listing.
	 */
	public void failAfter(String path, int okCalls, int status) {
		this.failPath = new FailPath(path, new AtomicInteger(okCalls), status);
	}

	/**
	 * Lets {@code okCalls} more calls to {@code path} through and holds the next one, unanswered, until
	 * {@link #release()}: a sync whose process stops in the middle of a listing. Later calls pass.
	 */
	public void hangAfter(String path, int okCalls) {
		this.hang = new Hang(path, new AtomicInteger(okCalls), new CountDownLatch(1), new CountDownLatch(1));
	}

	/** @return whether the call {@link #hangAfter} holds arrived within the timeout */
	public boolean awaitHanging(Duration timeout) throws InterruptedException {
		Hang held = this.hang;
		return held != null && held.arrived().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Answers the call {@link #hangAfter} holds. */
	public void release() {
		Hang held = this.hang;
		if (held != null) {
			held.release().countDown();
		}
	}

	/** Ends {@link #failAfter}. */
	public void stopFailing() {
		this.failPath = null;
	}

	/** @return every API call received, in arrival order */
	public List<StubCall> calls() {
		return List.copyOf(this.calls);
	}

	/** @return the traceIds of every error answered, in order */
	public List<String> traceIds() {
		return List.copyOf(this.traceIds);
	}

	/** @return the most requests of the location that arrived within one rate window */
	public int busiestWindow(String locationId) {
		return this.limiter.busiestWindow(locationId);
	}

	/** @return how many requests of the location arrived */
	public int requests(String locationId) {
		return this.limiter.total(locationId);
	}

	/** @return how many 429s the rate limit (not {@link #failNext}) answered */
	public int rateLimited() {
		return this.tooMany.get();
	}

	/** @return how many of the location's requests the rate limit answered 429 */
	public int rateLimited(String locationId) {
		return this.limiter.refused(locationId);
	}

	/** @return the time from the location's first request to its last, as the stub saw them arrive */
	public Duration span(String locationId) {
		return this.limiter.span(locationId);
	}

	/** @return when each of the location's requests arrived, in order (to the stub's clock, a millisecond or so) */
	public List<Instant> arrivals(String locationId) {
		return this.limiter.arrivals(locationId)
			.stream()
			.map((nanos) -> this.startedAt.plusNanos(nanos - this.startedNanos))
			.toList();
	}

	/** @return the requests per window the stub allows each location */
	public int burstLimit() {
		return this.limiter.limit();
	}

	/** @return the stub's sliding window */
	public Duration window() {
		return Duration.ofMillis(this.limiter.windowMillis());
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		try (exchange) {
			StubCall call = StubRequests.read(exchange, this.json, this.tokens);
			this.calls.add(call);
			StubAnswer answer = answer(call, exchange, arrived);
			if (answer.status() >= 400 && answer.body() instanceof ObjectNode error) {
				String traceId = "trace-" + UUID.randomUUID();
				error.put("traceId", traceId);
				this.traceIds.add(traceId);
			}
			byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
			long wait = this.latencyNanos - (System.nanoTime() - arrived);
			if (wait > 0) {
				sleep(wait);
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

	private StubAnswer answer(StubCall call, HttpExchange exchange, long arrived) {
		if (call.path().startsWith("/oauth/")) {
			return this.routes.oauth(call);
		}
		if (call.locationId() == null && call.companyId() == null) {
			return new StubAnswer(401, this.data.sample("api-error-401.json").deepCopy());
		}
		// Counted, and answered with the rate headers, before anything else is checked: whatever the answer,
		// the request has spent the allowance.
		String bucket = (call.locationId() != null) ? call.locationId() : call.companyId();
		int remaining = this.limiter.arrive(bucket, arrived);
		StubRequests.rateHeaders(exchange, this.limiter, bucket, remaining);
		if (remaining < 0) {
			this.tooMany.incrementAndGet();
			return StubAnswer.error(this.json, 429, "Too Many Requests", "Rate limit exceeded");
		}
		String expected = StubRoutes.expectedVersion(call.path());
		if (!expected.equals(call.version())) {
			return StubAnswer.error(this.json, 400, "Bad Request",
					"Version header must be " + expected + " for " + call.path() + ", was " + call.version());
		}
		Hang held = this.hang;
		if (held != null && held.path().equals(call.path()) && held.okCalls().getAndDecrement() == 0) {
			held.arrived().countDown();
			try {
				held.release().await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		FailPath failing = this.failPath;
		if (failing != null && failing.path().equals(call.path()) && failing.okCalls().getAndDecrement() <= 0) {
			return StubAnswer.error(this.json, failing.status(), "Injected", "Injected failure " + failing.status());
		}
		if (this.failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
			return StubAnswer.error(this.json, this.failureStatus, "Injected", "Injected failure " + this.failureStatus);
		}
		return this.routes.api(call);
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record FailPath(String path, AtomicInteger okCalls, int status) {
	}

	private record Hang(String path, AtomicInteger okCalls, CountDownLatch arrived, CountDownLatch release) {
	}

}
