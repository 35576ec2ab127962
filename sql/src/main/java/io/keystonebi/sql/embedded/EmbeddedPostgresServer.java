package io.keystonebi.sql.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data lives in a directory of the caller's
 * choosing and survives restarts. Unlike the test-oriented defaults of the library it wraps, it keeps
 * {@code fsync} and synchronous commits on: this is where a user's warehouse lives.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String LOCK_FILE = "epg-lock";

	private static final Duration ORPHAN_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server over {@code dataDirectory}, creating the cluster on first use.
	 * @param dataDirectory where the cluster's files live
	 * @param port the TCP port to listen on (loopback only), or 0 for any free port
	 * @return the running server, stopped at the latest when the JVM exits
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, true);
	}

	/**
	 * Starts a server over {@code dataDirectory}, creating the cluster on first use.
	 * @param dataDirectory where the cluster's files live
	 * @param port the TCP port to listen on (loopback only), or 0 for any free port
	 * @param stopWhenJvmExits whether a JVM shutdown hook stops it; an owner that closes it itself in order (the
	 * application's connection pool, after everything using the pool has stopped) passes false, or the hook would
	 * stop the server while the application is still shutting down, cutting its connections mid-transaction
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean stopWhenJvmExits) {
		try {
			Files.createDirectories(dataDirectory);
			removeStalePidFile(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(stopWhenJvmExits)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = startOrExplain(builder, dataDirectory);
			log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(),
					dataDirectory.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres, dataDirectory);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException(
					"Could not start the embedded PostgreSQL server over " + dataDirectory.toAbsolutePath(), ex);
		}
	}

	private static EmbeddedPostgres startOrExplain(EmbeddedPostgres.Builder builder, Path dataDirectory)
			throws IOException {
		try {
			return builder.start();
		}
		catch (IllegalStateException ex) {
			if (isLockedByAnotherApplication(dataDirectory)) {
				throw new EmbeddedDatabaseException("Another running Keystone BI already uses the embedded database in "
						+ dataDirectory.toAbsolutePath()
						+ "; stop it, or give this one its own directory with bi.database.embedded.data-directory", ex);
			}
			throw ex;
		}
	}

	/**
	 * Makes a data directory left behind by a killed application startable again. Two cases: the whole
	 * machine went down, leaving {@code postmaster.pid} whose process id may now belong to another process
	 * (PostgreSQL then refuses to start), so the file is removed; or only the application was killed and
	 * its server lives on as an orphan that nobody will ever stop, so it is shut down (SIGTERM: a clean
	 * shutdown that keeps every committed row). A server that another running application still owns, as
	 * its lock file shows, is left alone.
	 * @return whether anything was cleaned up
	 */
	static boolean removeStalePidFile(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return false;
		}
		Optional<Long> pid = readPid(pidFile);
		Optional<ProcessHandle> postgres = pid.flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().command().orElse("").contains("postgres"));
		if (postgres.isPresent()) {
			if (isLockedByAnotherApplication(dataDirectory)) {
				return false;
			}
			log.warn("Stopping PostgreSQL process {} left running over {} by an application that did not shut down",
					pid.get(), dataDirectory);
			stop(postgres.get());
		}
		if (Files.deleteIfExists(pidFile)) {
			log.warn("Removed stale {} (process {} is not running); the previous server was not shut down cleanly",
					pidFile, pid.map(String::valueOf).orElse("unknown"));
		}
		return true;
	}

	private static void stop(ProcessHandle postgres) {
		postgres.destroy();
		try {
			postgres.onExit().get(ORPHAN_SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			postgres.destroyForcibly();
		}
		catch (ExecutionException ex) {
			throw new EmbeddedDatabaseException("Could not stop the orphaned server " + postgres.pid(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedDatabaseException("Interrupted while stopping the orphaned server " + postgres.pid(), ex);
		}
	}

	/** The library we wrap holds a file lock in the data directory for as long as its server runs. */
	private static boolean isLockedByAnotherApplication(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** @return a data source for the {@code postgres} database, as the {@code postgres} superuser */
	public DataSource dataSource() {
		return this.postgres.getPostgresDatabase();
	}

	/** @return a JDBC URL for the given database on this server */
	public String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl("postgres", database);
	}

	/** @return the TCP port the server listens on */
	public int port() {
		return this.postgres.getPort();
	}

	/** @return where the cluster's files live */
	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", ex);
		}
	}

}
