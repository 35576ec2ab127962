package io.keystonebi.etl.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.keystonebi.etl.demo.DemoConfiguration;
import io.keystonebi.sql.test.TestDatabases;

/**
 * Prints import throughput: the demo files (through the demo loader's log lines) and a generated
 * 1,000,000-row opportunities CSV. Runs against a fresh database on the server named by
 * {@code BI_TEST_DATABASE_URL}, or an embedded one. Arguments: [rows] (default 1,000,000).
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		SpringApplication application = new SpringApplication(ImportTestApplication.class, DemoConfiguration.class);
		application.setAdditionalProfiles("demo");
		long demoStarted = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run("--bi.database.url=" + TestDatabases.createDatabase(),
				"--spring.batch.jdbc.initialize-schema=never", "--spring.batch.job.enabled=false",
				"--spring.flyway.locations=classpath:db/migration", "--logging.level.root=WARN",
				"--logging.level.io.keystonebi.etl.demo=INFO",
				"--bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/,classpath:demo/mappings/")) {
			System.out.printf("demo: 38,346 rows in 7 files, context start + import %.1f s%n",
					(System.nanoTime() - demoStarted) / 1e9);
			ImportLauncher launcher = context.getBean(ImportLauncher.class);
			Path directory = Files.createTempDirectory("import-bench");
			launcher.run(ImportRequest.of(agents(directory).toString(), "bench-agents"));
			Path deals = deals(directory, rows);
			for (String pass : new String[] { "first import (inserts)", "same file again (updates)" }) {
				long started = System.nanoTime();
				ImportRun run = launcher.run(ImportRequest.of(deals.toString(), "bench-deals")).run();
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("opportunities, %s: %,d rows read, %,d loaded, %,d quarantined in %.1f s = %,.0f rows/s (%s)%n",
						pass, run.rowsRead(), run.rowsLoaded(), run.rowsQuarantined(), seconds, run.rowsRead() / seconds,
						run.status());
			}
		}
	}

	private static Path agents(Path directory) throws IOException {
		Path file = directory.resolve("agents.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("agent,manager\n");
			for (int i = 0; i < 50; i++) {
				out.write("Agent " + i + ",Manager " + (i % 5) + "\n");
			}
		}
		return file;
	}

	private static Path deals(Path directory, int rows) throws IOException {
		String[] stages = { "Prospecting", "Engaging", "Won", "Lost" };
		Random random = new Random(42);
		LocalDate start = LocalDate.of(2020, 1, 1);
		Path file = directory.resolve("opportunities.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("id,agent,stage,engaged,closed,value\n");
			for (int i = 0; i < rows; i++) {
				String stage = stages[random.nextInt(stages.length)];
				LocalDate engaged = start.plusDays(random.nextInt(1500));
				boolean closed = stage.equals("Won") || stage.equals("Lost");
				out.write("OPP" + i + ",Agent " + random.nextInt(50) + "," + stage + ","
						+ (stage.equals("Prospecting") ? "" : engaged) + "," + (closed ? engaged.plusDays(random.nextInt(90)) : "")
						+ "," + (stage.equals("Won") ? String.valueOf(500 + random.nextInt(20000)) : "") + "\n");
			}
		}
		return file;
	}

}
