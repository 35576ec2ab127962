package io.keystonebi.etl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 * @param ghl the GoHighLevel sync: API client and webhooks
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
	 */
	public record Ghl(@DefaultValue Client client, @DefaultValue Webhooks webhooks) {

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
		 * @param enabled whether deliveries are accepted at all
		 */
		public record Webhooks(@DefaultValue("true") boolean enabled) {
		}

	}

}
