package io.keystonebi.etl;

import java.net.URI;
import java.nio.file.Path;
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
		 */
		public record Client(@DefaultValue("https://services.leadconnectorhq.com") URI baseUrl) {
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
