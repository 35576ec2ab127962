package io.keystonebi.sql.rows;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What rows to read: a window of local dates, which date must fall in it, the caller's scope and the filters
 * asked for. A filter not asked for is null (false for the flags); each statement says which filters it reads.
 *
 * @param starts first local date of the window
 * @param ends first local date after it
 * @param asOf the first local date after the period (or the month, quarter or year) the rows were asked for: a
 * lead's status and funnel step are as of its start (a week narrows the window but leaves this as it is)
 * @param date which date falls in the window: {@code created}, {@code won}, {@code lost}, {@code closed},
 * {@code open_at_end}, {@code entered_stage} or {@code sold}
 * @param zone the reporting time zone that weekdays and hours are taken in
 * @param scopeAll whether the caller sees the whole brokerage
 * @param scopeUsers otherwise, the warehouse users whose leads and deals count
 * @param agent the assigned warehouse user
 * @param agentMissing only rows assigned to no one
 * @param team the team whose current members are assigned
 * @param source the lead source
 * @param sourceMissing only rows without a source
 * @param stage a pipeline stage id
 * @param funnelStage a funnel step: {@code lead}, {@code contacted}, {@code qualified}, {@code proposal},
 * {@code closed} (deals: a stage's {@code funnel_stage}; leads: the steps reached, placed as the funnel places them)
 * @param status a deal's status, or a lead's: {@code converted}, {@code open opportunity}, {@code none}
 * @param propertyType a property type id
 * @param zipcode a market sale's zipcode
 * @param bedroomsMin fewest bedrooms of a market sale
 * @param bedroomsMax most bedrooms of a market sale
 * @param bedroomsMissing only market sales without a number of bedrooms
 * @param weekday ISO day of the week of the row's date, 1 for Monday
 * @param hour hour of the row's date, 0 to 23
 * @param contact a contact id
 * @param limit how many rows at most
 */
public record RowQuery(LocalDate starts, LocalDate ends, LocalDate asOf, String date, String zone, boolean scopeAll,
		long[] scopeUsers, Long agent, boolean agentMissing, Long team, String source, boolean sourceMissing, Long stage, String funnelStage,
		String status, Long propertyType, String zipcode, Integer bedroomsMin, Integer bedroomsMax,
		boolean bedroomsMissing, Integer weekday, Integer hour, Long contact, int limit) {

	public RowQuery {
		Objects.requireNonNull(starts, "starts");
		Objects.requireNonNull(ends, "ends");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(scopeUsers, "scopeUsers");
	}

}
