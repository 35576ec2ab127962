package io.keystonebi.api.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.keystonebi.api.BenchmarkData;
import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.etl.changes.WarehouseChanged;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

/**
 * Prints the summary's latency with the cache cold and warm, and the memory tier's hit rate under a mix of 50
 * users. Starts the application on a fresh database (the server named by {@code BI_TEST_DATABASE_URL}, or an
 * embedded one) loaded with {@code bench/dashboard-data.sql} (35 agents, 8,000 contacts, 8,800 opportunities),
 * then:
 * <ol>
 * <li>the endpoint over HTTP, one keep-alive connection, the six range/comparison kinds of
 * {@code bench/dashboard-summary.sh} in turn: 600 warm-up rounds (a change, then the same request twice); cold,
 * 300 requests each preceded by a change of every location (so each one computes the summary); warm, 1,000
 * requests answered from memory;</li>
 * <li>the mix: 50 users with their own data scopes (5 executives see the brokerage, 10 managers two each of 5
 * teams of 7 agents, 35 agents their own book), each arriving after a think time, asking for a summary (the
 * default range half the time, year to date least), thinking again and asking again, for a set time from an
 * empty cache. Sign-in does not exist yet and the endpoint
 * answers for the whole brokerage, so the mix calls the cached summary service in the process, as the
 * controllers do.</li>
 * </ol>
 * Options ({@code --bench.name=value}): {@code users} (50), {@code seconds} (120), {@code think-ms} (mean think
 * time, 2000), {@code change-every-s} (a change of every location this often during the mix, as webhooks and
 * syncs bring; 0 for none). Other arguments go to the application, e.g. {@code --bi.api.redis.url=...}.
 */
public final class CacheBenchmark {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	// What a dashboard user asks for and how often: the default range most, year to date least.
	private static final String[][] KINDS = { { "", "50" }, { "range=7d", "15" }, { "range=90d", "10" },
			{ "range=mtd&compare=target", "10" }, { "range=ytd&compare=last_year", "8" }, { "range=today", "7" } };

	private CacheBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.of(args);
		List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
				"--server.port=0", "--logging.level.root=WARN", "--bi.jobs.enabled=false",
				// One user fires every endpoint request: the per-user rate limit would stop it after 100.
				"--bi.api.rate-limit.enabled=false"));
		arguments.addAll(List.of(TestEncryption.arguments()));
		arguments.addAll(options.application());
		try (ConfigurableApplicationContext context = SpringApplication.run(KeystoneApplication.class,
				arguments.toArray(String[]::new))) {
			Jdbi jdbi = context.getBean(Jdbi.class);
			jdbi.useHandle((handle) -> handle.createScript(Files.readString(BenchmarkData.brokerage())).execute());
			System.out.println("data: " + jdbi.withHandle((handle) -> handle.createQuery(sql("data"))
				.mapTo(String.class).one()));
			Set<Long> locations = new HashSet<>(jdbi.withHandle((handle) -> handle.createQuery(sql("locations"))
				.mapTo(Long.class).list()));
			Runnable change = () -> context.publishEvent(new WarehouseChanged(locations));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			// An executive sees the whole brokerage; the endpoint is called with their access token, as a client would.
			endpoint(port, TestSignIn.bearer(context, port, Role.EXECUTIVE, null, null), change);
			change.run();
			mix(context.getBean(CachedSummaries.class), context.getBean(MeterRegistry.class),
					scopes(jdbi.withHandle((handle) -> handle.createQuery(sql("agents")).mapTo(Long.class).list()),
							options.users()),
					options, change);
		}
		System.exit(0);
	}

	private static void endpoint(int port, String authorization, Runnable change) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// Warm-up of the path that computes, as well as of the one that finds: the JIT and PostgreSQL's plans.
		for (int i = 0; i < 600; i++) {
			change.run();
			get(client, port, authorization, KINDS[i % KINDS.length][0]);
			get(client, port, authorization, KINDS[i % KINDS.length][0]);
		}
		List<Double> cold = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			change.run();
			cold.add(get(client, port, authorization, KINDS[i % KINDS.length][0]));
		}
		List<Double> warm = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			warm.add(get(client, port, authorization, KINDS[i % KINDS.length][0]));
		}
		System.out.println("endpoint, brokerage, six kinds in turn over HTTP:");
		System.out.println("  cold (each request computes): " + BenchmarkData.percentiles(cold));
		System.out.println("  warm (repeated requests):     " + BenchmarkData.percentiles(warm));
	}

	private static double get(HttpClient client, int port, String authorization, String query) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dashboard/summary?" + query))
			.header("Authorization", authorization)
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		double millis = (System.nanoTime() - started) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(query + " answered " + response.statusCode() + ": " + response.body());
		}
		return millis;
	}

	private static void mix(CachedSummaries summaries, MeterRegistry meters, List<DataScope> users, Options options,
			Runnable change) throws Exception {
		double hitsBefore = kpi(meters, "hit");
		double missesBefore = kpi(meters, "miss");
		long started = System.nanoTime();
		long end = started + TimeUnit.SECONDS.toNanos(options.seconds());
		long half = started + TimeUnit.SECONDS.toNanos(options.seconds()) / 2;
		ConcurrentLinkedQueue<double[]> timings = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(users.size());
		for (int u = 0; u < users.size(); u++) {
			DataScope scope = users.get(u);
			Random random = new Random(u);
			Thread user = new Thread(() -> {
				try {
					// Users arrive one by one, not all in the same millisecond.
					think(random, options);
					while (System.nanoTime() < end) {
						SummaryRequest request = request(random);
						long asked = System.nanoTime();
						summaries.summarize(request, scope);
						timings.add(new double[] { asked, (System.nanoTime() - asked) / 1e6 });
						think(random, options);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "user-" + u);
			user.setDaemon(true);
			user.start();
		}
		while (!done.await(Math.max(1, options.changeEverySeconds()), TimeUnit.SECONDS)) {
			if (options.changeEverySeconds() > 0 && System.nanoTime() < end) {
				change.run();
			}
		}
		double hits = kpi(meters, "hit") - hitsBefore;
		double misses = kpi(meters, "miss") - missesBefore;
		List<Double> all = timings.stream().map((timing) -> timing[1]).toList();
		List<Double> secondHalf = timings.stream().filter((timing) -> timing[0] >= half).map((timing) -> timing[1])
			.toList();
		System.out.printf("mix: %d users, %d s, think time %d ms on average, %s%n", users.size(), options.seconds(),
				options.thinkMillis(), (options.changeEverySeconds() > 0)
						? "every location changed every " + options.changeEverySeconds() + " s" : "no data changes");
		System.out.printf("  requests: %d (%.1f/s); L1 hit rate (kpi tier): %s%n", all.size(),
				all.size() / (double) options.seconds(), (hits + misses == 0) ? "none, the cache is off"
						: "%.1f%% (%.0f hits, %.0f misses)".formatted(100 * hits / (hits + misses), hits, misses));
		System.out.println("  all requests:           " + BenchmarkData.percentiles(all));
		System.out.println("  second half (warm):     " + BenchmarkData.percentiles(secondHalf));
	}

	// Exponentially distributed, as the gaps between a crowd's independent clicks are.
	private static void think(Random random, Options options) throws InterruptedException {
		Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * options.thinkMillis()));
	}

	private static SummaryRequest request(Random random) {
		int draw = random.nextInt(100);
		for (String[] kind : KINDS) {
			draw -= Integer.parseInt(kind[1]);
			if (draw < 0) {
				String query = kind[0];
				String range = query.isEmpty() ? null : query.replaceAll(".*range=([^&]*).*", "$1");
				String compare = query.contains("compare=") ? query.replaceAll(".*compare=([^&]*).*", "$1") : null;
				return SummaryRequest.parse(null, null, range, compare);
			}
		}
		throw new IllegalStateException("The kinds' weights add up to 100");
	}

	// The benchmark data has agents but no teams: the managers' teams are the agents taken seven at a time.
	private static List<DataScope> scopes(List<Long> agents, int users) {
		List<DataScope> teams = new ArrayList<>();
		for (int t = 0; t * 7 < agents.size(); t++) {
			teams.add(DataScope.team(t + 1, agents.subList(t * 7, Math.min(agents.size(), t * 7 + 7))));
		}
		List<DataScope> scopes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			scopes.add(DataScope.brokerage());
		}
		for (int i = 0; i < 10; i++) {
			scopes.add(teams.get(i % teams.size()));
		}
		agents.forEach((agent) -> scopes.add(DataScope.agent(agent)));
		Collections.shuffle(scopes, new Random(7));
		return scopes.subList(0, Math.min(users, scopes.size()));
	}

	private static double kpi(MeterRegistry meters, String outcome) {
		return meters.get("bi.cache.requests").tags("tier", "kpi", "level", "l1", "outcome", outcome).counter().count();
	}

	private static String sql(String name) {
		return SQL.locate(CacheBenchmark.class, name);
	}

	/** The benchmark's options, and the arguments left for the application. */
	private record Options(int users, int seconds, int thinkMillis, int changeEverySeconds, List<String> application) {

		static Options of(String[] args) {
			int users = 50;
			int seconds = 120;
			int think = 2000;
			int change = 0;
			List<String> application = new ArrayList<>();
			for (String arg : args) {
				String[] option = arg.startsWith("--bench.") ? arg.substring(8).split("=", 2) : null;
				if (option == null || option.length < 2) {
					application.add(arg);
					continue;
				}
				int value = Integer.parseInt(option[1]);
				switch (option[0]) {
					case "users" -> users = value;
					case "seconds" -> seconds = value;
					case "think-ms" -> think = value;
					case "change-every-s" -> change = value;
					default -> throw new IllegalArgumentException("Unknown option " + arg + "; known: "
							+ Arrays.asList("users", "seconds", "think-ms", "change-every-s"));
				}
			}
			return new Options(users, seconds, think, change, application);
		}

	}

}
