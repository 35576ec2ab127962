package io.keystonebi.reports.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.kpi.ReportingPeriod;

/** The buckets of a period dimension over a period, so a chart over time shows its empty days and weeks too. */
final class PeriodKeys {

	private PeriodKeys() {
	}

	/** @return the first day of each bucket that overlaps the period, as the statements key them */
	static List<String> buckets(Dimension dimension, ReportingPeriod period) {
		List<String> keys = new ArrayList<>();
		for (LocalDate day = start(dimension, period.from()); day.isBefore(period.to()); day = next(dimension, day)) {
			keys.add(day.toString());
		}
		return keys;
	}

	/** @return the bucket's value in the key column: a date, or a month as {@code YYYY-MM} */
	static String value(Dimension dimension, String key) {
		return (dimension == Dimension.MONTH) ? key.substring(0, 7) : key;
	}

	/** @return what a person reads, e.g. {@code Week of 2026-03-02}, {@code March 2026}, {@code 2026 Q1} */
	static String label(Dimension dimension, String key) {
		LocalDate day = LocalDate.parse(key);
		return switch (dimension) {
			case WEEK -> "Week of " + key;
			case MONTH -> day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
			case QUARTER -> day.getYear() + " Q" + day.get(IsoFields.QUARTER_OF_YEAR);
			default -> key;
		};
	}

	private static LocalDate start(Dimension dimension, LocalDate from) {
		return switch (dimension) {
			case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> from.withDayOfMonth(1);
			case QUARTER -> from.with(IsoFields.DAY_OF_QUARTER, 1);
			default -> from;
		};
	}

	private static LocalDate next(Dimension dimension, LocalDate day) {
		return switch (dimension) {
			case WEEK -> day.plusWeeks(1);
			case MONTH -> day.plusMonths(1);
			case QUARTER -> day.plusMonths(3);
			default -> day.plusDays(1);
		};
	}

}
