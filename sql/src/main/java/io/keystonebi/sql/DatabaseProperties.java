package io.keystonebi.sql;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the warehouse lives ({@code bi.database.*}).
 *
 * @param url JDBC URL of an existing PostgreSQL 14+ server (environment variable {@code BI_DATABASE_URL});
 * blank, the default, runs the embedded server instead
 * @param username user for {@code url} ({@code BI_DATABASE_USERNAME}); may also be given inside the URL
 * @param password password for {@code url} ({@code BI_DATABASE_PASSWORD}); never put it in a committed file
 * @param maxPoolSize the most connections the application opens
 * @param connectionTimeout how long a request waits for a free connection before failing
 * @param embedded settings of the embedded server, used only when {@code url} is blank
 */
@ConfigurationProperties("bi.database")
public record DatabaseProperties(String url, String username, String password,
		@DefaultValue("10") int maxPoolSize, @DefaultValue("5s") Duration connectionTimeout,
		@DefaultValue Embedded embedded) {

	/** @return whether no server was configured, so the embedded one runs */
	public boolean useEmbedded() {
		return this.url == null || this.url.isBlank();
	}

	/**
	 * The embedded PostgreSQL server ({@code bi.database.embedded.*}).
	 *
	 * @param dataDirectory where its files live; they survive restarts (relative paths are against the
	 * working directory)
	 * @param port TCP port on 127.0.0.1; 0 picks a free one at each start
	 */
	public record Embedded(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {
	}

}
