package io.keystonebi.sql;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
 * @param encryption the keys that encrypt personal data in the warehouse and make it searchable
 */
@ConfigurationProperties("bi.database")
public record DatabaseProperties(String url, String username, String password,
		@DefaultValue("10") int maxPoolSize, @DefaultValue("5s") Duration connectionTimeout,
		@DefaultValue Embedded embedded, @DefaultValue Encryption encryption) {

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

	/**
	 * Encryption of personal data at rest ({@code bi.database.encryption.*}): contacts' and users' e-mail and
	 * phone, message bodies, senders, recipients and subjects, note and task bodies. Every key is base64 of 32
	 * random bytes ({@code openssl rand -base64 32}); pass them by environment or a secrets file, never in a
	 * committed file. The application refuses to start without valid keys.
	 *
	 * @param keys AES-256 keys by key id (1 to 32 lowercase letters or digits); every one decrypts, so list
	 * the old key beside the new one while rotating ({@code BI_DATABASE_ENCRYPTION_KEYS_<ID>})
	 * @param activeKey the id of the key in {@code keys} that encrypts every value written
	 * @param searchKey the HMAC-SHA256 key of the search digests (blind indexes) that find a contact by e-mail or
	 * phone and match messages without decrypting them; separate from {@code keys}, and not rotated by the
	 * re-encryption command (changing it makes existing digests useless)
	 * @param phoneCountryCode the country calling code of phone numbers written without one (no leading
	 * {@code +} or {@code 00}), so that {@code (206) 555-0100} and {@code +1 206 555 0100} find the same contact
	 */
	public record Encryption(Map<String, String> keys, String activeKey, String searchKey,
			@DefaultValue("1") String phoneCountryCode) {

		public Encryption {
			keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		}

	}

}
