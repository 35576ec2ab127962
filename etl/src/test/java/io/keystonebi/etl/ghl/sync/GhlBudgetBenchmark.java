package io.keystonebi.etl.ghl.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.keystonebi.etl.ghl.client.GhlConnections;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.etl.ghl.stub.StubControls;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

/**
 * Prints how much of GHL's rate budget the full sync uses: two locations synced side by side (the launcher's
 * {@code runAll}) against the stub enforcing GHL's real limit, 100 requests per rolling 10 s per location, with
 * the client at its default settings. Per location: requests, 429s, budget used (requests / (100 x job time /
 * 10 s)), the busiest 10 s window, and where the job's time and requests went step by step. Runs against a fresh
 * database on the server named by {@code BI_TEST_DATABASE_URL}, or an embedded one.
 * <p>
 * Arguments: [contacts (1,000)] [stub latency in ms (0)] [limit per 10 s (100; a larger one, given to stub and
 * client alike, shows how fast the sync goes when the limit does not hold it back)] [further application arguments,
 * e.g. {@code --bi.etl.ghl.sync.read-ahead=1}]. The rest of the data set scales with the contacts:
 * two notes each (the full sync reads every contact's notes with a request of its own), twice as many
 * opportunities, as many conversations and tasks, ten times as many messages, 40 users.
 */
public final class GhlBudgetBenchmark {

	private static final List<String> LOCATIONS = List.of("bench-loc-a", "bench-loc-b");

	private GhlBudgetBenchmark() {
	}

	public static void main(String[] args) {
		int contacts = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000;
		Duration latency = Duration.ofMillis((args.length > 1) ? Long.parseLong(args[1]) : 0);
		StubControls.Dataset dataset = new StubControls.Dataset(contacts, 2, 2 * contacts, contacts, 10 * contacts, 40,
				contacts);
		int limit = (args.length > 2) ? Integer.parseInt(args[2]) : 100;
		try (GhlStub stub = GhlStub.start(limit, Duration.ofSeconds(10))) {
			stub.latency(latency);
			stub.controls().generate(dataset);
			List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
					"--spring.batch.jdbc.initialize-schema=never", "--spring.batch.job.enabled=false",
					"--spring.flyway.locations=classpath:db/migration", "--logging.level.root=WARN",
					"--bi.etl.ghl.client.base-url=" + stub.baseUrl(),
					"--bi.etl.ghl.client.token-encryption-key=" + SyncIntegrationTest.KEY,
					"--bi.etl.ghl.client.burst-limit=" + limit));
			arguments.addAll(Arrays.asList(TestEncryption.arguments()));
			arguments.addAll(Arrays.asList(args).subList(Math.min(args.length, 3), args.length));
			SpringApplication application = new SpringApplication(SyncTestApplication.class);
			try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
				GhlConnections connections = context.getBean(GhlConnections.class);
				for (String location : LOCATIONS) {
					connections.connectPrivateIntegration(location, "company",
							stub.controls().privateIntegrationToken(location, "company"));
				}
				System.out.printf(Locale.ROOT,
						"GHL full sync, %d locations side by side, stub limit %d per %d s, stub latency %d ms, %s %s%n",
						LOCATIONS.size(), stub.burstLimit(), stub.window().toSeconds(), latency.toMillis(), dataset,
						arguments.subList(7, arguments.size()));
				long started = System.nanoTime();
				List<SyncResult> results = context.getBean(GhlSyncLauncher.class).runAll(SyncMode.FULL);
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf(Locale.ROOT, "both locations done in %.1f s: %s%n", seconds, results);
				Jdbi jdbi = context.getBean(Jdbi.class);
				for (String location : LOCATIONS) {
					BudgetUse use = BudgetUse.of(stub, jdbi, location);
					System.out.println(use);
					System.out.print(use.steps(stub, jdbi));
				}
			}
		}
	}

}
