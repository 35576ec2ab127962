package io.keystonebi.etl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the etl module ({@code bi.etl.*}).
 *
 * @param importChunkSize rows an import commits at a time; a failed import restarts after the last
 * committed chunk
 * @param mappingLocations where column mappings named without a path are looked up, in order
 * ({@code classpath:} or {@code file:} prefixes); the name {@code crm-agents} finds {@code crm-agents.yml}
 * @param uploadDirectory where files uploaded through the API are kept while (and after) they are imported,
 * so a failed import can be restarted
 * @param demo the demo data set loaded under the {@code demo} profile
 * @param ghl the GoHighLevel sync: API client, webhooks and the API syncs
 */
@ConfigurationProperties("bi.etl")
public record EtlProperties(@DefaultValue("10000") int importChunkSize,
		@DefaultValue({ "file:mappings/", "classpath:demo/mappings/" }) List<String> mappingLocations,
		@DefaultValue("data/uploads") Path uploadDirectory, @DefaultValue Demo demo, @DefaultValue Ghl ghl) {

	/**
	 * The demo data set ({@code bi.etl.demo.*}).
	 *
	 * @param enabled whether the {@code demo} profile imports the demo files on a start that finds the demo
	 * location empty; false keeps the profile without loading anything
	 * @param rebaseDates whether demo dates are shifted so that the newest record of each data set falls on
	 * today in the location's time zone
	 */
	public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean rebaseDates) {
	}

	/**
	 * The GoHighLevel sync ({@code bi.etl.ghl.*}).
	 *
	 * @param client how the API is called ({@code bi.etl.ghl.client.*})
	 * @param webhooks how webhook deliveries are accepted and applied ({@code bi.etl.ghl.webhooks.*})
	 * @param sync how the full and incremental API syncs read ({@code bi.etl.ghl.sync.*})
	 */
	public record Ghl(@DefaultValue Client client, @DefaultValue Webhooks webhooks, @DefaultValue Sync sync) {

		/**
		 * The full and incremental API syncs ({@code bi.etl.ghl.sync.*}).
		 *
		 * @param overlap how far before the last incremental's high-water mark the next one starts reading, so
		 * records GHL's search index shows a few seconds late are not missed (re-reading is harmless)
		 * @param searchPageSize records per page of the contact and opportunity searches and the message export
		 * (GHL allows at most 500); also the records committed per chunk
		 * @param listPageSize records per page of the conversation, user and task listings
		 * @param appointmentsBack how far into the past appointments are read (GHL can only list them by time)
		 * @param appointmentsForward how far into the future appointments are read
		 * @param appointmentWindow the span of one appointment request; a calendar is read window by window
		 * @param parallelLocations how many locations are synced at the same time; each keeps to its own rate
		 * budget, so this bounds threads and database connections, not GHL requests
		 * @param staleAfter how far a location's warehouse data may lag behind GHL before the sync status and the
		 * dashboard call it stale; twice the incremental interval by default, so one late run is not yet stale
		 * @param leaseTimeout how long a running sync may go without renewing its lease (it renews it every quarter
		 * of this) before the next launch of that location's sync of that kind takes the run as dead, marks it
		 * FAILED and restarts it; a process killed mid-run is resumed by the first trigger after this time
		 * @param readAhead how many pages of one entity are read ahead of the page being written, so requests go
		 * on while the database works; pages known in advance (notes per contact, appointment windows) are read
		 * that many at once, which keeps the rate budget busy despite GHL's response time. Each request still
		 * waits for the location's rate budget. 0 reads each page only when it is to be written
		 */
		public record Sync(@DefaultValue("2m") Duration overlap, @DefaultValue("500") int searchPageSize,
				@DefaultValue("100") int listPageSize, @DefaultValue("90d") Duration appointmentsBack,
				@DefaultValue("365d") Duration appointmentsForward, @DefaultValue("31d") Duration appointmentWindow,
				@DefaultValue("4") int parallelLocations, @DefaultValue("30m") Duration staleAfter,
				@DefaultValue("2m") Duration leaseTimeout, @DefaultValue("4") int readAhead) {

			public Sync {
				if (staleAfter.isNegative() || staleAfter.isZero()) {
					throw new IllegalArgumentException("bi.etl.ghl.sync.stale-after must be positive, not " + staleAfter);
				}
			}

		}

		/**
		 * The GHL API v2 client ({@code bi.etl.ghl.client.*}).
		 *
		 * @param baseUrl the API's base URL; tests point it at a stub
		 * @param oauthClientId the Marketplace app's client id, for the OAuth code exchange and token refresh;
		 * empty when only Private Integration Tokens are used
		 * @param oauthClientSecret the Marketplace app's client secret; pass it by environment, never in a
		 * committed file
		 * @param tokenEncryptionKey the AES key (base64 of 16, 24 or 32 bytes) that encrypts stored tokens;
		 * empty disables storing and reading tokens (no GHL location can be connected)
		 * @param previousTokenEncryptionKey the key being rotated out: tokens encrypted with it are still read,
		 * and are re-encrypted with {@code tokenEncryptionKey} when next written; empty when not rotating
		 * @param burstLimit the most requests per location within any {@code burstWindow}; GHL allows 100
		 * @param burstWindow the sliding window of {@code burstLimit}; GHL's is 10 seconds
		 * @param dailyLimit the most requests per location per day; GHL allows 200,000
		 * @param maxAttempts how often one request is tried in all when GHL answers 429 or 5xx or cannot be
		 * reached, before the sync fails naming the request
		 * @param backoffBase the wait before the first retry; each further retry doubles it, with random jitter
		 * @param backoffMax the longest wait between two attempts
		 * @param requestTimeout the longest one request may take, from sending to the end of the response
		 * @param refreshAhead how long before an OAuth access token's expiry it is refreshed without waiting
		 * for a 401
		 */
		public record Client(@DefaultValue("https://services.leadconnectorhq.com") URI baseUrl,
				@DefaultValue("") String oauthClientId, @DefaultValue("") String oauthClientSecret,
				@DefaultValue("") String tokenEncryptionKey, @DefaultValue("") String previousTokenEncryptionKey,
				@DefaultValue("100") int burstLimit, @DefaultValue("10s") Duration burstWindow,
				@DefaultValue("200000") int dailyLimit, @DefaultValue("5") int maxAttempts,
				@DefaultValue("500ms") Duration backoffBase, @DefaultValue("30s") Duration backoffMax,
				@DefaultValue("30s") Duration requestTimeout, @DefaultValue("5m") Duration refreshAhead) {
		}

		/**
		 * Webhook deliveries ({@code bi.etl.ghl.webhooks.*}).
		 *
		 * @param enabled whether deliveries are accepted at all (the endpoint answers 404 otherwise) and drained
		 * @param ed25519PublicKeys public keys that verify {@code X-GHL-Signature}, each PEM or base64 X.509
		 * (SPKI); list two while GHL rotates its key. Default: the key GHL publishes
		 * @param rsaPublicKeys public keys that verify the legacy {@code X-WH-Signature} (RSA-SHA256), each PEM or
		 * base64 SPKI; list two while GHL rotates its key. Default: the key GHL publishes
		 * @param legacySignatures whether deliveries signed only with the legacy {@code X-WH-Signature} are
		 * accepted; turn off once GHL has stopped sending it
		 * @param maxBodySize the largest delivery accepted; larger ones are answered 413
		 * @param storeBatchSize the most deliveries stored in one statement and commit (group commit)
		 * @param storeQueueCapacity how many deliveries may wait to be stored before new ones are answered 429
		 * @param storeTimeout the longest a delivery waits to be stored before it is answered 429
		 * @param drainInterval how often stored deliveries are applied to the warehouse
		 * @param drainOnReceipt whether the node that stores a delivery starts a drain at once (the schedule
		 * remains the backstop); off leaves webhook data up to {@code drainInterval} behind
		 * @param drainBatchSize how many deliveries the drain applies per transaction
		 * @param maxAttempts how often the drain tries a delivery that fails before leaving it for an admin
		 * @param retryDelay how long a delivery whose attempt failed waits before the next attempt
		 */
		public record Webhooks(@DefaultValue("true") boolean enabled,
				@DefaultValue(GHL_ED25519_KEY) List<String> ed25519PublicKeys,
				@DefaultValue(GHL_RSA_KEY) List<String> rsaPublicKeys,
				@DefaultValue("true") boolean legacySignatures, @DefaultValue("1MB") DataSize maxBodySize,
				@DefaultValue("500") int storeBatchSize, @DefaultValue("5000") int storeQueueCapacity,
				@DefaultValue("10s") Duration storeTimeout, @DefaultValue("2s") Duration drainInterval,
				@DefaultValue("true") boolean drainOnReceipt, @DefaultValue("100") int drainBatchSize,
				@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration retryDelay) {

			/** GHL's Ed25519 webhook key (SPKI, base64) as its integration guide prints it. */
			public static final String GHL_ED25519_KEY = "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=";

			/** GHL's legacy 4096-bit RSA webhook key (SPKI, base64) as its webhook authentication guide prints it. */
			public static final String GHL_RSA_KEY = "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC"
					+ "Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6"
					+ "dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB"
					+ "csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv"
					+ "uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF"
					+ "3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU"
					+ "J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp"
					+ "IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN"
					+ "h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC"
					+ "HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ"
					+ "PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk"
					+ "T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==";

		}

	}

}
