package io.keystonebi.reports.schedule;

import java.time.DayOfWeek;
import java.time.ZoneId;

import io.keystonebi.sql.schedules.ScheduleRow;

/** A stored schedule's recurrence. */
final class ScheduleRows {

	private ScheduleRows() {
	}

	static Recurrence recurrence(ScheduleRow row) {
		return new Recurrence(RecurrenceKind.parse(row.recurrence(), "recurrence"),
				(row.dayOfWeek() != null) ? DayOfWeek.of(row.dayOfWeek()) : null, row.dayOfMonth(), row.localTime(),
				ZoneId.of(row.timeZone()), row.startDate(), row.endDate());
	}

}
