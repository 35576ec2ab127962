package io.keystonebi.reports.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.keystonebi.reports.kpi.ReportingPeriod;

/** Periods and times as the report's first section and summary sheet print them. */
final class ReportDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

	private ReportDates() {
	}

	/**
	 * @param period a period
	 * @return its first and last day, shortest first: {@code 1-31 October 2026}, {@code 1 September - 31 December
	 * 2026}, {@code 15 December 2025 - 14 January 2026}, or one day
	 */
	static String period(ReportingPeriod period) {
		LocalDate first = period.from();
		LocalDate last = period.lastDay();
		if (first.equals(last)) {
			return first.format(DAY_MONTH_YEAR);
		}
		if (first.getYear() != last.getYear()) {
			return first.format(DAY_MONTH_YEAR) + " - " + last.format(DAY_MONTH_YEAR);
		}
		if (first.getMonth() != last.getMonth()) {
			return first.format(DAY_MONTH) + " - " + last.format(DAY_MONTH_YEAR);
		}
		return first.getDayOfMonth() + "-" + last.format(DAY_MONTH_YEAR);
	}

	/**
	 * @param instant a time, or null
	 * @param zone the report's zone
	 * @return it in the zone, e.g. {@code 1 Nov 2026, 07:00 EST}; {@code n/a} for null
	 */
	static String time(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).format(TIME) : Figures.NOT_AVAILABLE;
	}

}
