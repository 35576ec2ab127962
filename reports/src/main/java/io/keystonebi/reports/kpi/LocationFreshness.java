package io.keystonebi.reports.kpi;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How fresh one location's data is.
 *
 * @param name the location
 * @param zone its time zone
 * @param currency ISO code of its monetary values
 * @param dataAsOf time of its newest data, or null when it has none
 */
public record LocationFreshness(String name, ZoneId zone, String currency, Instant dataAsOf) {
}
