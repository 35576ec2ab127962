package io.keystonebi.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.sql.embedded.EmbeddedPostgresServer;

/**
 * The application's connection pool, over the configured server or over an embedded one that it starts
 * and, on close, stops after the pool.
 */
final class WarehouseDataSource extends HikariDataSource {

	private static final Logger log = LoggerFactory.getLogger(WarehouseDataSource.class);

	private final EmbeddedPostgresServer embedded;

	private WarehouseDataSource(HikariConfig config, EmbeddedPostgresServer embedded) {
		super(config);
		this.embedded = embedded;
	}

	static WarehouseDataSource create(DatabaseProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("warehouse");
		config.setMaximumPoolSize(properties.maxPoolSize());
		config.setConnectionTimeout(properties.connectionTimeout().toMillis());
		EmbeddedPostgresServer embedded = null;
		if (properties.useEmbedded()) {
			// Stopped by close(), after the pool and everything using it, not by a JVM hook racing the shutdown.
			embedded = EmbeddedPostgresServer.start(properties.embedded().dataDirectory(),
					properties.embedded().port(), false);
			config.setJdbcUrl(embedded.jdbcUrl("postgres"));
			config.setUsername("postgres");
		}
		else {
			log.info("Using the PostgreSQL server at {}", withoutCredentials(properties.url()));
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.username());
			config.setPassword(properties.password());
		}
		try {
			return new WarehouseDataSource(config, embedded);
		}
		catch (RuntimeException ex) {
			if (embedded != null) {
				embedded.close();
			}
			throw ex;
		}
	}

	private static String withoutCredentials(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	@Override
	public void close() {
		super.close();
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
