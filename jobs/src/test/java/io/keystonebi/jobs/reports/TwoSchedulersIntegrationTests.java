package io.keystonebi.jobs.reports;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.keystonebi.jobs.JobsConfiguration;
import io.keystonebi.reports.delivery.DeliveryConfiguration;
import io.keystonebi.reports.kpi.KpiConfiguration;
import io.keystonebi.reports.panels.PanelsConfiguration;
import io.keystonebi.reports.schedule.SchedulesConfiguration;
import io.keystonebi.sql.WarehouseConfiguration;
import io.keystonebi.sql.test.TestDatabases;
import io.keystonebi.sql.test.TestEncryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes, each its own process with the clustered scheduler running the report jobs, on one
 * database, a real SMTP server receiving: the node that is sending is killed in the middle of the run (SIGKILL: no
 * shutdown, its claims and its scheduler's fired trigger left behind), and still every reader gets the scheduled
 * e-mail exactly once.
 */
class TwoSchedulersIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final int READERS = 30;

	private final List<Process> nodes = new ArrayList<>();

	private GreenMail smtp;

	@AfterEach
	void stop() {
		this.nodes.forEach(Process::destroyForcibly);
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void aNodeKilledMidRunLeavesEveryEmailToTheOtherExactlyOnce() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		String database = TestDatabases.createDatabase();
		Jdbi jdbi = Jdbi.create(database);
		Map<Long, Process> byPid = new HashMap<>();
		for (int n = 1; n <= 2; n++) {
			Process node = node(database, port, n);
			byPid.put(node.pid(), node);
		}
		// Both schedulers have joined the cluster once each has checked in (the tables exist once either migrated).
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
			.until(() -> count(jdbi, "schedulers") == 2);
		jdbi.useHandle((handle) -> handle.createScript(sql("readers")).execute());
		jdbi.useHandle((handle) -> handle.createUpdate(sql("schedule"))
			.bind("start", LocalDate.now(ZoneOffset.UTC).minusDays(1))
			.execute());

		// Whichever node's trigger fires runs the e-mails; once a few are out, the node holding a claimed delivery
		// is killed.
		String claimant = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
			.until(() -> this.smtp.getReceivedMessages().length >= 3 ? claimant(jdbi) : null, (c) -> c != null);
		Process killed = byPid.get(Long.parseLong(claimant.substring(0, claimant.indexOf('@'))));
		killed.destroyForcibly().waitFor();
		this.nodes.remove(killed);

		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(lines(jdbi, "deliveries")).containsExactly("sent " + READERS));
		Map<String, Integer> perReader = new HashMap<>();
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			perReader.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
		}
		assertThat(perReader).hasSize(READERS).allSatisfy((reader, count) -> assertThat(count).isOne());
	}

	private Process node(String database, int smtpPort, int number) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Node.class.getName(), "--bi.database.url=" + database,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--bi.jobs.report-planning-interval=1s", "--bi.jobs.report-sending-interval=1s",
				// One delivery per claim and a short lease: the run is many small steps, and a killed node's claim
				// passes to the other soon.
				"--bi.reports.delivery.batch-size=1", "--bi.reports.delivery.lease=4s",
				"--bi.reports.delivery.unsubscribe-secret=0123456789abcdef0123456789abcdef",
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000"));
		command.addAll(List.of(TestEncryption.arguments()));
		File log = Files.createDirectories(Path.of("target", "two-schedulers")).resolve("node-" + number + ".log")
			.toFile();
		Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		this.nodes.add(node);
		return node;
	}

	// The sender holding a delivery it has not finished ("pid@host/..."), or null.
	private static String claimant(Jdbi jdbi) {
		return jdbi.withHandle((handle) -> handle.createQuery(sql("claimant")).mapTo(String.class).findOne())
			.orElse(null);
	}

	private static long count(Jdbi jdbi, String name) {
		return jdbi.withHandle((handle) -> handle.createQuery(sql(name)).mapTo(Long.class).one());
	}

	private static List<String> lines(Jdbi jdbi, String name) {
		return jdbi.withHandle((handle) -> handle.createQuery(sql(name)).mapTo(String.class).list());
	}

	private static String sql(String name) {
		return SQL.locate(TwoSchedulersIntegrationTests.class, name);
	}

	/** One node: the warehouse, the clustered scheduler with every job, and the report engine. */
	@SpringBootApplication
	@Import({ WarehouseConfiguration.class, JobsConfiguration.class, KpiConfiguration.class, PanelsConfiguration.class,
			SchedulesConfiguration.class, DeliveryConfiguration.class })
	public static class Node {

		public static void main(String[] args) {
			SpringApplication.run(Node.class, args);
		}

	}

}
