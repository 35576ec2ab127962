package io.keystonebi.api.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.keystonebi.api.BenchmarkData;
import io.keystonebi.api.KeystoneApplication;
import io.keystonebi.api.mail.MailCatcher;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.delivery.ComposedReport;
import io.keystonebi.reports.delivery.DeliverySender;
import io.keystonebi.reports.delivery.ReportComposer;
import io.keystonebi.reports.generate.BuiltInTemplates;
import io.keystonebi.reports.generate.ReportGenerator;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.render.Brandings;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.reports.render.ReportRenderers;
import io.keystonebi.reports.schedule.ScheduleRequest;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.reports.schedule.SchedulePlanner;
import io.keystonebi.reports.schedule.Schedules;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

/**
 * Prints the report engine's figures on the benchmark brokerage ({@code bench/dashboard-data.sql}: 35 agents in 5
 * teams, 8,000 contacts, 8,800 deals over two years) in the packaged application's configuration, its embedded
 * SMTP catcher receiving the mail:
 * <ol>
 * <li>the monthly executive pack for the whole brokerage, made from the warehouse and rendered as PDF: the first
 * one in this JVM (cold), then 30 more after 5 unmeasured (warm), with its pages and size; the PDF is written to
 * {@code api/target/bench-monthly-pack.pdf} to be looked at;</li>
 * <li>one schedule of the monthly pack with 500 readers (executives, viewers, managers and agents, each their own
 * scope): planned, then made and handed to SMTP by the application's sender, as a scheduled run does (readers
 * with the same scope share a render);</li>
 * <li>the same 500 made one by one, every reader their own render, and handed to SMTP, on the delivery pool's
 * threads: the cost when no two readers share a scope.</li>
 * </ol>
 * Other arguments go to the application; with {@code --spring.profiles.active=demo} it measures the monthly pack
 * alone, on the demo's data.
 */
public final class ReportBenchmark {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final ZoneId ZONE = ZoneId.of("America/Denver");

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--bi.database.url=" + TestDatabases.createDatabase(),
				"--server.port=0", "--logging.level.root=WARN", "--bi.jobs.enabled=false"));
		arguments.addAll(List.of(TestEncryption.arguments()));
		arguments.addAll(List.of(args));
		System.out.printf("cpus: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		try (ConfigurableApplicationContext context = SpringApplication.run(KeystoneApplication.class,
				arguments.toArray(String[]::new))) {
			Jdbi jdbi = context.getBean(Jdbi.class);
			if (List.of(context.getEnvironment().getActiveProfiles()).contains("demo")) {
				// The demo's own brokerage, loaded at start-up: the monthly pack only.
				monthlyPack(context, LocalDate.now(ZONE));
				return;
			}
			jdbi.useHandle((handle) -> handle.createScript(Files.readString(BenchmarkData.brokerage())).execute());
			jdbi.useHandle((handle) -> handle.createScript(sql("recipients")).execute());
			LocalDate today = LocalDate.now(ZONE);
			monthlyPack(context, today);
			List<Reader> readers = readers(jdbi);
			scheduledRun(context, jdbi, readers);
			oneRenderEach(context, readers, today);
		}
		System.exit(0);
	}

	private static void monthlyPack(ConfigurableApplicationContext context, LocalDate today) throws IOException {
		ReportGenerator generator = context.getBean(ReportGenerator.class);
		ReportRenderers renderers = context.getBean(ReportRenderers.class);
		Brandings brandings = context.getBean(Brandings.class);
		Audience executive = new Audience(DataScope.brokerage(), "Whole brokerage", Set.of());
		long started = System.nanoTime();
		GeneratedReport report = generator.generate(BuiltInTemplates.monthlyExecutivePack(), executive, today);
		long generated = System.nanoTime();
		byte[] pdf = renderers.render(ReportFormat.PDF, report, brandings.branding());
		long rendered = System.nanoTime();
		System.out.printf("monthly pack, cold (first in this JVM): %.0f ms (made %.0f ms, rendered %.0f ms)%n",
				(rendered - started) / 1e6, (generated - started) / 1e6, (rendered - generated) / 1e6);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("monthly pack: %d blocks, %d pages, %.0f KB%n", report.blocks().size(),
					document.getNumberOfPages(), pdf.length / 1024.0);
		}
		Path target = Files.isDirectory(Path.of("api", "target")) ? Path.of("api", "target") : Path.of("target");
		Files.write(Files.createDirectories(target).resolve("bench-monthly-pack.pdf"), pdf);
		for (int i = 0; i < 5; i++) {
			renderers.render(ReportFormat.PDF,
					generator.generate(BuiltInTemplates.monthlyExecutivePack(), executive, today),
					brandings.branding());
		}
		List<Double> total = new ArrayList<>();
		List<Double> made = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long t0 = System.nanoTime();
			GeneratedReport again = generator.generate(BuiltInTemplates.monthlyExecutivePack(), executive, today);
			long t1 = System.nanoTime();
			renderers.render(ReportFormat.PDF, again, brandings.branding());
			long t2 = System.nanoTime();
			total.add((t2 - t0) / 1e6);
			made.add((t1 - t0) / 1e6);
		}
		System.out.println("monthly pack, warm, made and rendered: " + BenchmarkData.percentiles(total));
		System.out.println("  of which made from the warehouse:    " + BenchmarkData.percentiles(made));
	}

	private static void scheduledRun(ConfigurableApplicationContext context, Jdbi jdbi, List<Reader> readers) {
		long definition = jdbi.withHandle((handle) -> handle.createQuery(sql("definition"))
			.bind("title", "Monthly executive pack")
			.bind("definition", DefinitionJson.write(BuiltInTemplates.monthlyExecutivePack()))
			.mapTo(Long.class)
			.one());
		Schedules schedules = context.getBean(Schedules.class);
		long schedule = schedules.create(new ScheduleRequest(definition, readers.get(0).id(), "Monthly executive pack",
				"daily", null, null, "06:00", ZONE.getId(), LocalDate.now(ZONE).minusDays(1), null, false, false,
				List.of("pdf"), readers.stream().map((reader) -> RecipientRequest.account(reader.id())).toList()));
		Instant due = schedules.nextRun(schedule).plusSeconds(1);
		MailCatcher catcher = context.getBean(MailCatcher.class);
		int before = catcher.size();
		long started = System.nanoTime();
		int planned = context.getBean(SchedulePlanner.class).planDue(due);
		long afterPlanning = System.nanoTime();
		int claimed = context.getBean(DeliverySender.class).sendAllDue();
		long finished = System.nanoTime();
		System.out.printf("one schedule, %d readers: planned %d deliveries in %.0f ms; made and handed %d e-mails "
				+ "to SMTP in %.1f s (%d distinct scopes)%n", readers.size(), planned,
				(afterPlanning - started) / 1e6, catcher.size() - before, (finished - afterPlanning) / 1e9,
				readers.stream().map(Reader::scopeKey).distinct().count());
		if (claimed != planned) {
			throw new IllegalStateException(planned + " planned but " + claimed + " claimed");
		}
	}

	private static void oneRenderEach(ConfigurableApplicationContext context, List<Reader> readers, LocalDate today)
			throws Exception {
		ReportComposer composer = context.getBean(ReportComposer.class);
		JavaMailSender mail = context.getBean(JavaMailSender.class);
		MailCatcher catcher = context.getBean(MailCatcher.class);
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		int before = catcher.size();
		long started = System.nanoTime();
		List<Future<?>> sent = new ArrayList<>();
		for (Reader reader : readers) {
			sent.add(pool.submit(() -> {
				ComposedReport report = composer.compose(BuiltInTemplates.monthlyExecutivePack(), reader.audience(),
						today, EnumSet.of(ReportFormat.PDF));
				send(mail, reader, report);
				return null;
			}));
		}
		for (Future<?> future : sent) {
			future.get();
		}
		long finished = System.nanoTime();
		pool.shutdown();
		System.out.printf("%d readers, one render each on %d threads: made and handed %d e-mails to SMTP in %.1f s "
				+ "(%.0f ms per report)%n", readers.size(), threads, catcher.size() - before,
				(finished - started) / 1e9, (finished - started) / 1e6 / readers.size());
	}

	private static void send(JavaMailSender mail, Reader reader, ComposedReport report) throws Exception {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom("reports@localhost");
		helper.setTo(reader.email());
		helper.setSubject(report.report().title());
		helper.setText(String.join("\n", report.report().whatChanged()));
		helper.addAttachment("pack.pdf", new ByteArrayResource(report.files().get(ReportFormat.PDF)), "application/pdf");
		mail.send(message);
	}

	private static List<Reader> readers(Jdbi jdbi) {
		return jdbi.withHandle((handle) -> handle.createQuery(sql("readers"))
			.map((rs, ctx) -> {
				String role = rs.getString("role");
				Long[] members = (Long[]) rs.getArray("members").getArray();
				DataScope scope = switch (role) {
					case "agent" -> DataScope.agent(rs.getLong("warehouse_user_id"));
					case "manager" -> DataScope.team(rs.getLong("team_id"), List.of(members));
					default -> DataScope.brokerage();
				};
				Set<Sensitivity> hidden = role.equals("viewer") ? EnumSet.of(Sensitivity.PERSONAL, Sensitivity.COMMISSION)
						: Set.of();
				return new Reader(rs.getLong("id"), rs.getString("email"),
						new Audience(scope, role + " " + rs.getLong("id"), hidden));
			})
			.list());
	}

	private static String sql(String name) {
		return SQL.locate(ReportBenchmark.class, name);
	}

	private record Reader(long id, String email, Audience audience) {

		String scopeKey() {
			return this.audience.scope().key() + this.audience.hidden();
		}

	}

}
