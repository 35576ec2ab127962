package io.keystonebi.etl.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.keystonebi.etl.demo.DemoConfiguration;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;
import io.keystonebi.sql.imports.ImportRun;

/**
 * Prints import throughput: the demo files (through the demo loader's log lines), a generated
 * 1,000,000-row opportunities CSV, a generated 1,000,000-row contacts CSV with e-mail and phone, and a generated
 * 1,000,000-row market-sales CSV in the King County layout. Runs against a fresh database on the server named by
 * {@code BI_TEST_DATABASE_URL}, or an embedded one. Arguments: [rows] (default 1,000,000), then optionally which
 * generated files to import ({@code opportunities}, {@code contacts}, {@code market-sales}; default all three), so
 * that one import can be measured alone, several times, while the machine's load is steady.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		List<String> which = (args.length > 1) ? List.of(args).subList(1, args.length)
				: List.of("opportunities", "contacts", "market-sales");
		SpringApplication application = new SpringApplication(ImportTestApplication.class, DemoConfiguration.class);
		application.setAdditionalProfiles("demo");
		long demoStarted = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
				"--spring.batch.jdbc.initialize-schema=never", "--spring.batch.job.enabled=false",
				"--spring.flyway.locations=classpath:db/migration", "--logging.level.root=WARN",
				"--logging.level.io.keystonebi.etl.demo=INFO",
				"--bi.etl.mapping-locations=classpath:io/keystonebi/etl/imports/mappings/,classpath:demo/mappings/"));
		arguments.addAll(List.of(TestEncryption.arguments()));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			double demoSeconds = (System.nanoTime() - demoStarted) / 1e9;
			System.out.printf("demo: 38,346 rows in 7 files, context start + import %.1f s = %,.0f rows/s%n", demoSeconds,
					38_346 / demoSeconds);
			ImportLauncher launcher = context.getBean(ImportLauncher.class);
			JobRepository jobs = context.getBean(JobRepository.class);
			Path directory = Files.createTempDirectory("import-bench");
			launcher.run(ImportRequest.of(agents(directory).toString(), "bench-agents"));
			if (which.contains("opportunities")) {
				measure(launcher, jobs, "opportunities", deals(directory, rows), "bench-deals");
			}
			if (which.contains("contacts")) {
				measure(launcher, jobs, "contacts", contacts(directory, rows), "bench-contacts");
			}
			if (which.contains("market-sales")) {
				measure(launcher, jobs, "market sales", sales(directory, rows), "kingcounty-sales");
			}
		}
	}

	private static void measure(ImportLauncher launcher, JobRepository jobs, String what, Path file, String mapping) {
		for (String pass : new String[] { "first import (inserts)", "same file again (updates)" }) {
			long started = System.nanoTime();
			ImportRun run = launcher.run(ImportRequest.of(file.toString(), mapping)).run();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("%s, %s: %,d rows read, %,d loaded, %,d quarantined in %.1f s = %,.0f rows/s (%s)%n", what,
					pass, run.rowsRead(), run.rowsLoaded(), run.rowsQuarantined(), seconds, run.rowsRead() / seconds,
					run.status());
			printSteps(jobs.getJobExecution(run.jobExecutionId()), run.rowsRead());
		}
	}

	// The job's time split by step: the load step alone is the import path's throughput, the rollup refresh
	// after it grows with the number of local days the file touched.
	private static void printSteps(JobExecution execution, long rows) {
		for (StepExecution step : execution.getStepExecutions()) {
			double seconds = Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
			System.out.printf("    step %s: %.1f s%s%n", step.getStepName(), seconds,
					step.getStepName().equals("loadImport") ? String.format(" = %,.0f rows/s", rows / seconds) : "");
		}
	}

	private static Path sales(Path directory, int rows) throws IOException {
		Random random = new Random(7);
		Path file = directory.resolve("market_sales.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("id,date,price,bedrooms,bathrooms,sqft_living,sqft_lot,floors,waterfront,view,condition,grade,"
					+ "sqft_above,sqft_basement,yr_built,yr_renovated,zipcode,lat,long,sqft_living15,sqft_lot15\n");
			for (int i = 0; i < rows; i++) {
				int sqft = 600 + random.nextInt(4000);
				out.write(String.format(java.util.Locale.ROOT, "\"%010d\",\"2014%02d%02dT000000\",%d,%d,%.2f,%d,%d,\"%d\",0,0,%d,%d,%d,0,%d,%d,\"98%03d\",%.4f,%.3f,%d,%d%n",
						i, 1 + random.nextInt(12), 1 + random.nextInt(28), 100_000 + random.nextInt(2_000_000),
						1 + random.nextInt(6), 1 + random.nextInt(12) * 0.25, sqft, 2000 + random.nextInt(20000),
						1 + random.nextInt(3), 1 + random.nextInt(5), 3 + random.nextInt(10), sqft, 1900 + random.nextInt(115),
						random.nextInt(4) == 0 ? 1950 + random.nextInt(65) : 0, random.nextInt(200),
						47.1 + random.nextDouble(), -122.5 + random.nextDouble(), sqft, 5000));
			}
		}
		return file;
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

	private static Path contacts(Path directory, int rows) throws IOException {
		String[] sources = { "Zillow", "Referral", "Open house", "Website", "Facebook" };
		Random random = new Random(11);
		LocalDate start = LocalDate.of(2020, 1, 1);
		Path file = directory.resolve("contacts.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("id,first_name,last_name,email,phone,agent,source,created\n");
			for (int i = 0; i < rows; i++) {
				out.write("C" + i + ",First" + i + ",Last" + i + ",first" + i + ".last@example.com,+1 (206) "
						+ String.format("%03d-%04d", random.nextInt(1000), random.nextInt(10000)) + ",Agent "
						+ random.nextInt(50) + "," + sources[random.nextInt(sources.length)] + ","
						+ start.plusDays(random.nextInt(1500)) + "\n");
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
