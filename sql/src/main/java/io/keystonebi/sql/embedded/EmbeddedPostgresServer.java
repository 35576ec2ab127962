package io.keystonebi.sql.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
			removeStalePidFile(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
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
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(),
					dataDirectory.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres, dataDirectory);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException(
					"Could not start the embedded PostgreSQL server over " + dataDirectory.toAbsolutePath(), ex);
		}
	}

	/**
	 * A killed server leaves {@code postmaster.pid} behind. PostgreSQL itself ignores the file when its
	 * process is gone, but refuses to start when the recorded process id now belongs to another process,
	 * which is common after a reboot or in containers. So the file is removed unless a live postgres owns it.
	 */
	static boolean removeStalePidFile(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return false;
		}
		Optional<Long> pid = readPid(pidFile);
		if (pid.isPresent() && isLivePostgres(pid.get())) {
			return false;
		}
		log.warn("Removing stale {} (process {} is not running); the previous server was not shut down cleanly",
				pidFile, pid.map(String::valueOf).orElse("unknown"));
		Files.delete(pidFile);
		return true;
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

	private static boolean isLivePostgres(long pid) {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.map(handle -> handle.info().command().orElse("").contains("postgres"))
			.orElse(false);
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
