package io.keystonebi.sql.rollups;

import java.time.LocalDate;

/**
 * A local day of a location whose rollup slices are out of date.
 *
 * @param locationId the location
 * @param day the day in the location's time zone
 */
public record DirtyDay(long locationId, LocalDate day) {
}
