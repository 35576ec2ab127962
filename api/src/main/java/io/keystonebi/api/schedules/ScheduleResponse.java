package io.keystonebi.api.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.keystonebi.reports.schedule.ScheduleView;
import io.keystonebi.sql.schedules.DeliveryRow;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.ScheduleSummaryRow;

/**
 * A schedule as the API answers it; a list leaves out the recipients and deliveries.
 *
 * @param id the schedule id
 * @param name what it is called
 * @param definitionId the report definition it sends
 * @param definitionTitle that definition's title
 * @param ownerAccountId the account that owns it
 * @param ownerName that account's name
 * @param recurrence daily, weekdays, weekly, monthly or last_day_of_month
 * @param dayOfWeek 1 (Monday) to 7 for weekly
 * @param dayOfMonth 1 to 28 for monthly
 * @param localTime the time of day, HH:mm
 * @param timeZone the IANA zone
 * @param recurrenceText the recurrence in words, e.g. "Weekdays at 07:00 America/New_York"
 * @param startDate the first day it may run
 * @param endDate the last day it may run, or null
 * @param paused whether it is paused
 * @param skipIfEmpty whether an empty report is not sent
 * @param sendOnlyOnChange whether an unchanged report is not sent
 * @param formats the attachments
 * @param nextRunAt when it runs next; null when paused for good or past its end
 * @param recipientCount how many recipients it names
 * @param recipients the recipients (one schedule only)
 * @param lastDeliveries its most recent deliveries, newest first (one schedule only)
 */
record ScheduleResponse(long id, String name, long definitionId, String definitionTitle, long ownerAccountId,
		String ownerName, String recurrence, Integer dayOfWeek, Integer dayOfMonth, String localTime,
		String timeZone, String recurrenceText, LocalDate startDate, LocalDate endDate, boolean paused,
		boolean skipIfEmpty, boolean sendOnlyOnChange, List<String> formats, Instant nextRunAt, int recipientCount,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<RecipientRow> recipients,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<DeliveryRow> lastDeliveries) {

	static ScheduleResponse of(ScheduleSummaryRow row) {
		return of(row, null, null);
	}

	static ScheduleResponse of(ScheduleView view) {
		return of(view.schedule(), view.recipients(), view.lastDeliveries());
	}

	private static ScheduleResponse of(ScheduleSummaryRow row, List<RecipientRow> recipients,
			List<DeliveryRow> deliveries) {
		return new ScheduleResponse(row.id(), row.name(), row.definitionId(), row.definitionTitle(),
				row.ownerAccountId(), row.ownerName(), row.recurrence(), row.dayOfWeek(), row.dayOfMonth(),
				RecurrenceText.time(row.localTime()), row.timeZone(), RecurrenceText.of(row), row.startDate(),
				row.endDate(), row.paused(), row.skipIfEmpty(), row.sendOnlyOnChange(), Arrays.asList(row.formats()),
				row.nextRunAt(), row.recipientCount(), recipients, deliveries);
	}

}
