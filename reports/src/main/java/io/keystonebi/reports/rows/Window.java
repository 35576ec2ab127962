package io.keystonebi.reports.rows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * The local dates {@code [starts, ends)} a drill's date must fall in: a period, or the month, quarter or year asked
 * for instead, narrowed to a week when one is asked for. Several of those narrow one another; ones that do not
 * overlap leave an empty window. Quarters and
 * years follow the fiscal year (the calendar one by default), a fiscal year named by the year it starts in, as
 * quarter and year to date count them.
 */
record Window(LocalDate starts, LocalDate ends) {

	private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");

	static Window of(ReportingPeriod period) {
		return new Window(period.from(), period.to());
	}

	/** @return the calendar months, quarters or years the filters name, narrowed by one another */
	static Window calendar(FilterValues filters, int fiscalYearStartMonth) {
		Window window = null;
		if (filters.has("month")) {
			window = narrow(window, month(filters));
		}
		if (filters.has("quarter")) {
			window = narrow(window, quarter(filters, fiscalYearStartMonth));
		}
		if (filters.has("year")) {
			window = narrow(window, year(filters, fiscalYearStartMonth));
		}
		return window;
	}

	/**
	 * @return the window narrowed to the ISO week the {@code week} filter names by its Monday, or the window as it
	 * is without that filter
	 */
	static Window week(FilterValues filters, Window window) {
		String value = filters.text("week");
		if (value == null) {
			return window;
		}
		LocalDate monday;
		try {
			if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
			}
			monday = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw filters.invalid("week", "expected the Monday of an ISO week as YYYY-MM-DD, e.g. 2026-03-02");
		}
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw filters.invalid("week", "is a " + monday.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT)
					+ ", not the Monday that starts an ISO week");
		}
		return narrow(window, new Window(monday, monday.plusWeeks(1)));
	}

	private static Window narrow(Window window, Window other) {
		if (window == null) {
			return other;
		}
		LocalDate starts = window.starts.isAfter(other.starts) ? window.starts : other.starts;
		LocalDate ends = window.ends.isBefore(other.ends) ? window.ends : other.ends;
		return new Window(starts, ends.isBefore(starts) ? starts : ends);
	}

	private static Window month(FilterValues filters) {
		String value = filters.text("month");
		try {
			if (!value.matches("[0-9]{4}-[0-9]{2}")) {
				throw new DateTimeParseException("not YYYY-MM", value, 0);
			}
			YearMonth month = YearMonth.parse(value);
			return new Window(month.atDay(1), month.plusMonths(1).atDay(1));
		}
		catch (DateTimeParseException ex) {
			throw filters.invalid("month", "expected a month as YYYY-MM, e.g. 2026-03");
		}
	}

	private static Window quarter(FilterValues filters, int fiscalYearStartMonth) {
		Matcher matcher = QUARTER.matcher(filters.text("quarter"));
		if (!matcher.matches()) {
			throw filters.invalid("quarter", "expected a quarter as YYYY-Qn, e.g. 2026-Q1");
		}
		LocalDate starts = LocalDate.of(Integer.parseInt(matcher.group(1)), fiscalYearStartMonth, 1)
			.plusMonths((Integer.parseInt(matcher.group(2)) - 1) * 3L);
		return new Window(starts, starts.plusMonths(3));
	}

	private static Window year(FilterValues filters, int fiscalYearStartMonth) {
		String value = filters.text("year");
		if (!value.matches("[0-9]{4}")) {
			throw filters.invalid("year", "expected a year as YYYY, e.g. 2026");
		}
		LocalDate starts = LocalDate.of(Integer.parseInt(value), fiscalYearStartMonth, 1);
		return new Window(starts, starts.plusYears(1));
	}

}
