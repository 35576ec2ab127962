package io.keystonebi.etl.ghl.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.ghl.client.GhlClientConfiguration.GhlClientParts;
import io.keystonebi.etl.ghl.stub.GhlStub;
import io.keystonebi.sql.test.TestDatabases;

/** A migrated test database and a client pointed at a {@link GhlStub}, built as the configuration does. */
final class ClientFixture {

	/** The token encryption key of the tests: the bytes 0 to 31. */
	static final String KEY = key(0);

	/** @return base64 of the 32 bytes {@code first, first + 1, ...} */
	static String key(int first) {
		byte[] raw = new byte[32];
		for (int i = 0; i < raw.length; i++) {
			raw[i] = (byte) (first + i);
		}
		return Base64.getEncoder().encodeToString(raw);
	}

	final Jdbi jdbi;

	final GhlClientParts parts;

	final GhlClients clients;

	final GhlConnections connections;

	private ClientFixture(Jdbi jdbi, EtlProperties.Ghl.Client settings) {
		this.jdbi = jdbi;
		this.parts = GhlClientParts.create(settings, Clock.systemUTC());
		this.clients = this.parts.clients(jdbi);
		this.connections = this.parts.connections(jdbi);
	}

	static Jdbi migratedDatabase() {
		String url = TestDatabases.createDatabase();
		Flyway.configure().dataSource(url, null, null).load().migrate();
		return Jdbi.create(url).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
	}

	static ClientFixture of(Jdbi jdbi, GhlStub stub, int burstLimit, Duration window, int maxAttempts) {
		return new ClientFixture(jdbi, settings(stub.baseUrl(), burstLimit, window, maxAttempts));
	}

	static EtlProperties.Ghl.Client settings(URI baseUrl, int burstLimit, Duration window, int maxAttempts) {
		return new EtlProperties.Ghl.Client(baseUrl, GhlStub.CLIENT_ID, GhlStub.CLIENT_SECRET, KEY, "", burstLimit,
				window, 200_000, maxAttempts, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10),
				Duration.ofMinutes(5));
	}

}
