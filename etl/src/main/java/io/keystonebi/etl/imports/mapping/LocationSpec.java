package io.keystonebi.etl.imports.mapping;

/**
 * The location (brokerage account) a mapping's rows belong to; created when the warehouse lacks it.
 *
 * @param sourceId the location's stable id
 * @param name its display name
 * @param timezone its IANA time zone; local dates and times in the file are read in it
 */
public record LocationSpec(String sourceId, String name, String timezone) {
}
