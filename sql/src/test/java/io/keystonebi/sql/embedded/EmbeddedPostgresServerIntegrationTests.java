package io.keystonebi.sql.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerIntegrationTests {

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	@TempDir
	Path directory;

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStartWithFsyncOn() {
		Path data = this.directory.resolve("pg");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			Jdbi jdbi = Jdbi.create(server.dataSource());
			jdbi.useHandle(handle -> {
				handle.execute(sql("createTable"));
				handle.createUpdate(sql("insertNote")).bind("note", "survives restarts").execute();
			});
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			Jdbi jdbi = Jdbi.create(server.dataSource());
			assertThat(notes(jdbi)).containsExactly("survives restarts");
			String fsync = jdbi.withHandle(handle -> handle.createQuery(sql("showFsync")).mapTo(String.class).one());
			assertThat(fsync).isEqualTo("on");
		}
	}

	@Test
	void aKilledApplicationsOrphanedServerIsStoppedCleanlyByTheNextStart() throws Exception {
		Path data = this.directory.resolve("pg");
		long postmaster = killApplicationRunningServerOver(data);
		assertThat(ProcessHandle.of(postmaster)).as("the orphaned server").hasValueSatisfying(
				process -> assertThat(process.isAlive()).isTrue());

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(notes(Jdbi.create(server.dataSource()))).containsExactly("committed before the crash");
			assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
		}
	}

	@Test
	void aCrashThatTookTheServerDownTooLeavesAPidFileThatTheNextStartRecoversFrom() throws Exception {
		Path data = this.directory.resolve("pg");
		long postmaster = killApplicationRunningServerOver(data);
		ProcessHandle process = ProcessHandle.of(postmaster).orElseThrow();
		process.destroyForcibly();
		process.onExit().get();
		waitForBackendsToExit(data);
		assertThat(data.resolve("postmaster.pid")).exists();
		// After a reboot the recorded process id often belongs to some other live process: the worst case.
		Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n",
				StandardCharsets.UTF_8);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(notes(Jdbi.create(server.dataSource()))).containsExactly("committed before the crash");
		}
	}

	@Test
	void aSecondApplicationOnTheSameDirectoryIsToldWhyItCannotStart() {
		Path data = this.directory.resolve("pg");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("Another running Keystone BI already uses the embedded database in")
				.hasMessageContaining("bi.database.embedded.data-directory");
			String stillServing = Jdbi.create(server.dataSource())
				.withHandle(handle -> handle.createQuery(sql("showFsync")).mapTo(String.class).one());
			assertThat(stillServing).isEqualTo("on");
		}
	}

	/** Runs the server in a child JVM that writes a row and is then killed; returns the postmaster's pid. */
	private static long killApplicationRunningServerOver(Path data) throws Exception {
		Process application = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), ServerProcess.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null && !line.equals("ready")) {
			// skip the server's start-up log
		}
		assertThat(line).as("the child application's last line").isEqualTo("ready");
		long postmaster = pidIn(data.resolve("postmaster.pid"));
		application.destroyForcibly().waitFor();
		return postmaster;
	}

	@Test
	void aPidFileOfALivePostgresIsLeftAlone() throws IOException {
		Path data = this.directory.resolve("pg");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(EmbeddedPostgresServer.removeStalePidFile(data)).isFalse();
			assertThat(data.resolve("postmaster.pid")).exists();
		}
	}

	private static List<String> notes(Jdbi jdbi) {
		return jdbi.withHandle(handle -> handle.createQuery(sql("selectNotes")).mapTo(String.class).list());
	}

	private static long pidIn(Path pidFile) throws IOException {
		return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
	}

	/** Backends notice the postmaster's death on their own; wait until none is left holding the data. */
	private static void waitForBackendsToExit(Path data) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline && ProcessHandle.allProcesses()
			.anyMatch(p -> p.info().commandLine().orElse("").contains("postgres") && p.info()
				.commandLine()
				.orElse("")
				.contains(data.toString()))) {
			Thread.sleep(100);
		}
	}

	private static String sql(String name) {
		return SQL.locate(EmbeddedPostgresServerIntegrationTests.class, name);
	}

}
