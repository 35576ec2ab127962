package io.keystonebi.api.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

/**
 * Prints webhook intake throughput and the time from a webhook's delivery to the summary API showing it. Starts
 * the application on a fresh database (the server named by {@code BI_TEST_DATABASE_URL}, or an embedded one)
 * trusting a generated Ed25519 key, then: (1) posts N signed ContactCreate deliveries with distinct webhook ids,
 * 32 senders, and checks that every one is stored and applied; (2) 200 times, posts one new lead dated now and
 * polls {@code GET /api/v1/dashboard/summary?range=today} every 5 ms until its lead count includes it.
 * Arguments: [N] (default 20,000), then any application arguments (for example
 * {@code --bi.etl.ghl.webhooks.drain-on-receipt=false} to time intake with the drain held back).
 */
public final class WebhookBenchmark {

	private static final int SENDERS = 32;

	private static final String LOCATION = "benchLocation000000001";

	private static final Pattern LEADS = Pattern.compile("\"total_leads\":(\\d+)");

	private WebhookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
				"--server.port=0", "--logging.level.root=WARN",
				"--bi.etl.ghl.webhooks.ed25519-public-keys=" + WebhookSender.publicKey(WebhookSender.ED25519)));
		arguments.addAll(List.of(TestEncryption.arguments()));
		arguments.addAll(List.of(args).subList(Math.min(1, args.length), args.length));
		try (ConfigurableApplicationContext context = SpringApplication.run(KeystoneApplication.class,
				arguments.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Jdbi jdbi = context.getBean(Jdbi.class);
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.executor(Executors.newFixedThreadPool(4))
				.build();
			intake(client, port, jdbi, events);
			latency(client, port, 200);
		}
		System.exit(0);
	}

	private static void intake(HttpClient client, int port, Jdbi jdbi, int events) throws Exception {
		List<byte[]> bodies = new ArrayList<>(events);
		List<String> signatures = new ArrayList<>(events);
		for (int i = 0; i < events; i++) {
			String body = contact("intake" + i, Instant.now());
			bodies.add(body.getBytes(StandardCharsets.UTF_8));
			signatures.add(WebhookSender.sign(body, "Ed25519", WebhookSender.ED25519.getPrivate()));
		}
		// Senders that each wait for their answer, as GHL's delivery workers do; a fixed pool rather than
		// CompletableFuture callbacks, which on a 2-core machine start a thread per completion.
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		long started = System.nanoTime();
		for (int s = 0; s < SENDERS; s++) {
			senders.execute(() -> {
				for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
					try {
						if (client.send(request(port, bodies.get(i), signatures.get(i)), HttpResponse.BodyHandlers.discarding())
							.statusCode() == 200) {
							accepted.incrementAndGet();
						}
					}
					catch (Exception ex) {
						// Counted as not accepted.
					}
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		long stored = count(jdbi, "inboxCount");
		System.out.printf("intake: %,d deliveries sent, %,d answered 200, %,d stored, in %.2f s = %,.0f events/s%n", events,
				accepted.get(), stored, seconds, events / seconds);
		long applied = 0;
		for (int wait = 0; wait < 600 && applied < events; wait++) {
			Thread.sleep(500);
			applied = count(jdbi, "intakeContacts");
		}
		System.out.printf("applied: %,d contacts in the warehouse %.1f s after the first delivery%n", applied,
				(System.nanoTime() - started) / 1e9);
	}

	private static void latency(HttpClient client, int port, int rounds) throws Exception {
		HttpRequest summary = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dashboard/summary?range=today"))
			.build();
		List<Double> millis = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			long before = leads(client.send(summary, HttpResponse.BodyHandlers.ofString()).body());
			String body = contact("latency" + round, Instant.now());
			long started = System.nanoTime();
			HttpResponse<Void> response = client.send(request(port, body.getBytes(StandardCharsets.UTF_8),
					WebhookSender.sign(body, "Ed25519", WebhookSender.ED25519.getPrivate())), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("delivery answered " + response.statusCode());
			}
			long deadline = started + 10_000_000_000L;
			while (leads(client.send(summary, HttpResponse.BodyHandlers.ofString()).body()) <= before) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("round " + round + ": the summary did not show the new lead within 10 s");
				}
				Thread.sleep(5);
			}
			millis.add((System.nanoTime() - started) / 1e6);
		}
		millis.sort(Double::compare);
		System.out.printf("webhook to summary: %d rounds, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", rounds,
				millis.get(rounds / 2), millis.get((int) Math.ceil(rounds * 0.95) - 1), millis.get(rounds - 1));
	}

	private static long count(Jdbi jdbi, String query) {
		String sql = ClasspathSqlLocator.create().locate(WebhookBenchmark.class, query);
		return jdbi.withHandle((handle) -> handle.createQuery(sql).mapTo(Long.class).one());
	}

	private static long leads(String summary) {
		Matcher matcher = LEADS.matcher(summary);
		if (!matcher.find()) {
			throw new IllegalStateException("no total_leads in " + summary);
		}
		return Long.parseLong(matcher.group(1));
	}

	private static HttpRequest request(int port, byte[] body, String signature) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/webhooks/ghl"))
			.header("Content-Type", "application/json")
			.header("X-GHL-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private static String contact(String id, Instant at) {
		return "{\"type\":\"ContactCreate\",\"timestamp\":\"" + at + "\",\"webhookId\":\"" + UUID.randomUUID()
				+ "\",\"locationId\":\"" + LOCATION + "\",\"id\":\"" + id + "\",\"firstName\":\"Bench\",\"lastName\":\""
				+ id + "\",\"name\":\"Bench " + id + "\",\"email\":\"" + id + "@example.com\","
				+ "\"source\":\"Website Form\",\"tags\":[],\"dnd\":false,\"dateAdded\":\"" + at + "\"}";
	}

}
