package io.keystonebi.sql.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

import io.keystonebi.sql.embedded.EmbeddedPostgresServer;

/**
 * Fresh, empty databases for tests on a real PostgreSQL server: the one named by the environment variable
 * {@code BI_TEST_DATABASE_URL} (a JDBC URL to its maintenance database, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), or else one embedded server started once
 * per test JVM. Each database is dropped when the JVM exits.
 */
public final class TestDatabases {

	/** The environment variable naming the server tests use instead of the embedded one. */
	public static final String SERVER_URL_VARIABLE = "BI_TEST_DATABASE_URL";

	private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

	private static final List<String> created = new ArrayList<>();

	private static Jdbi admin;

	private static String serverUrl;

	private TestDatabases() {
	}

	/** @return the JDBC URL (with credentials) of a new, empty database */
	public static synchronized String createDatabase() {
		Jdbi jdbi = admin();
		String name = "bi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		jdbi.useHandle(handle -> handle.createUpdate(sql("create_database")).define("name", name).execute());
		created.add(name);
		return urlFor(name);
	}

	private static String sql(String name) {
		return SQL.locate(TestDatabases.class, name);
	}

	private static String urlFor(String database) {
		// Swap the database segment of jdbc:postgresql://host:port/<db>?params
		int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
		int query = serverUrl.indexOf('?', slash);
		String params = (query < 0) ? "" : serverUrl.substring(query);
		return serverUrl.substring(0, slash + 1) + database + params;
	}

	private static Jdbi admin() {
		if (admin == null) {
			String configured = System.getenv(SERVER_URL_VARIABLE);
			if (configured != null && !configured.isBlank()) {
				serverUrl = configured;
			}
			else {
				serverUrl = startEmbedded();
			}
			admin = Jdbi.create(serverUrl);
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
		}
		return admin;
	}

	private static String startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("bi-test-pg");
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
			return server.jdbcUrl("postgres");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not create a directory for the test database", ex);
		}
	}

	private static synchronized void dropAll() {
		for (String name : created) {
			try {
				admin.useHandle(handle -> handle.createUpdate(sql("drop_database")).define("name", name).execute());
			}
			catch (RuntimeException ex) {
				// The server may already be stopping; a leftover test database is harmless.
			}
		}
		created.clear();
	}

}
