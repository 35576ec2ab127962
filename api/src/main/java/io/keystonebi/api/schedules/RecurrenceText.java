package io.keystonebi.api.schedules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import io.keystonebi.sql.schedules.ScheduleSummaryRow;

/** A schedule's recurrence in words, e.g. "Weekdays at 07:00 America/New_York" or "Monthly on day 5 at 08:30 UTC". */
final class RecurrenceText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private RecurrenceText() {
	}

	static String of(ScheduleSummaryRow row) {
		return of(row.recurrence(), row.dayOfWeek(), row.dayOfMonth(), row.localTime(), row.timeZone());
	}

	static String of(String recurrence, Integer dayOfWeek, Integer dayOfMonth, LocalTime time, String zone) {
		String days = switch (recurrence) {
			case "daily" -> "Daily";
			case "weekdays" -> "Weekdays";
			case "weekly" -> "Every " + DayOfWeek.of(dayOfWeek).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			case "monthly" -> "Monthly on day " + dayOfMonth;
			default -> "On the last day of each month";
		};
		return days + " at " + time(time) + " " + zone;
	}

	static String time(LocalTime time) {
		return TIME.format(time);
	}

}
