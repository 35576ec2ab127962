package io.keystonebi.sql.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A schedule as its lists and pages show it: its settings, the names of its report and owner, and how many
 * recipients it has.
 *
 * @param id the schedule id
 * @param name what it is called
 * @param definitionId the report definition sent
 * @param definitionTitle that definition's title
 * @param ownerAccountId the account that owns it
 * @param ownerName that account's display name
 * @param recurrence daily, weekdays, weekly, monthly or last_day_of_month
 * @param dayOfWeek 1 (Monday) to 7 for weekly, otherwise null
 * @param dayOfMonth 1 to 28 for monthly, otherwise null
 * @param localTime the time of day in its zone
 * @param timeZone the IANA zone id
 * @param startDate the first day it may run
 * @param endDate the last day it may run, or null
 * @param paused whether it is paused
 * @param skipIfEmpty whether an empty report is not sent
 * @param sendOnlyOnChange whether a report equal to the last one sent is not sent
 * @param formats the attachments
 * @param nextRunAt when it runs next, or null for never
 * @param recipientCount how many recipients it names (a team counts once)
 */
public record ScheduleSummaryRow(long id, String name, long definitionId, String definitionTitle,
		long ownerAccountId, String ownerName, String recurrence, Integer dayOfWeek, Integer dayOfMonth,
		LocalTime localTime, String timeZone, LocalDate startDate, LocalDate endDate, boolean paused,
		boolean skipIfEmpty, boolean sendOnlyOnChange, String[] formats, Instant nextRunAt, int recipientCount) {
}
