package io.keystonebi.etl;

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
 */
@ConfigurationProperties("bi.etl")
public record EtlProperties(@DefaultValue("10000") int importChunkSize,
		@DefaultValue({ "file:mappings/", "classpath:demo/mappings/" }) List<String> mappingLocations,
		@DefaultValue("data/uploads") Path uploadDirectory, @DefaultValue Demo demo) {

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

}
