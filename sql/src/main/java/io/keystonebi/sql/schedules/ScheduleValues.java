package io.keystonebi.sql.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A schedule's settings as written (bound by name).
 *
 * @param definitionId the report definition sent
 * @param ownerAccountId the account that owns it
 * @param name what it is called, also the e-mail's subject
 * @param recurrence daily, weekdays, weekly, monthly or last_day_of_month
 * @param dayOfWeek 1 (Monday) to 7 for weekly, otherwise null
 * @param dayOfMonth 1 to 28 for monthly, otherwise null
 * @param localTime the time of day in the schedule's zone
 * @param timeZone the IANA zone id
 * @param startDate the first day it may run
 * @param endDate the last day it may run, or null
 * @param paused whether it is paused
 * @param skipIfEmpty whether an empty report is not sent
 * @param sendOnlyOnChange whether a report equal to the last one sent is not sent
 * @param formats the attachments: pdf, xlsx, csv
 * @param nextRunAt when it runs next, or null for never
 */
public record ScheduleValues(long definitionId, long ownerAccountId, String name, String recurrence, Integer dayOfWeek,
		Integer dayOfMonth, LocalTime localTime, String timeZone, LocalDate startDate, LocalDate endDate,
		boolean paused, boolean skipIfEmpty, boolean sendOnlyOnChange, String[] formats, Instant nextRunAt) {
}
