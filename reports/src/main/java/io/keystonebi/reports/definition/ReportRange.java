package io.keystonebi.reports.definition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * The period a report covers, relative to the day it is made (a schedule's run day): completed days, weeks,
 * months and quarters for scheduled reports, the dashboard's ranges ending today, or fixed dates.
 */
public enum ReportRange {

	/** The day before. */
	YESTERDAY("Yesterday"),

	/** The last complete week, Monday to Sunday. */
	LAST_WEEK("Last week"),

	/** The last complete calendar month. */
	LAST_MONTH("Last month"),

	/** The last complete calendar quarter. */
	LAST_QUARTER("Last quarter"),

	/** The last 7 days, today included. */
	LAST_7_DAYS("Last 7 days"),

	/** The last 30 days, today included. */
	LAST_30_DAYS("Last 30 days"),

	/** Since the start of the month, today included. */
	MONTH_TO_DATE("Month to date"),

	/** Since the start of the year, today included. */
	YEAR_TO_DATE("Year to date"),

	/** Fixed first and last days. */
	CUSTOM("Custom dates");

	private final String label;

	ReportRange(String label) {
		this.label = label;
	}

	/** @return the name used in definitions, e.g. {@code last_month} */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return what a person reads */
	public String label() {
		return this.label;
	}

	/**
	 * @param today the day the report is made, in the reporting zone
	 * @param first the first day of a {@link #CUSTOM} range (ignored otherwise)
	 * @param last the last day of a {@link #CUSTOM} range (ignored otherwise)
	 * @return the period covered
	 */
	public ReportingPeriod resolve(LocalDate today, LocalDate first, LocalDate last) {
		return switch (this) {
			case YESTERDAY -> ReportingPeriod.ofDays(today.minusDays(1), today.minusDays(1));
			case LAST_WEEK -> {
				LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
				yield new ReportingPeriod(monday, monday.plusWeeks(1));
			}
			case LAST_MONTH -> {
				LocalDate start = today.withDayOfMonth(1).minusMonths(1);
				yield new ReportingPeriod(start, start.plusMonths(1));
			}
			case LAST_QUARTER -> {
				LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
				yield new ReportingPeriod(start, start.plusMonths(3));
			}
			case LAST_7_DAYS -> ReportingPeriod.ofDays(today.minusDays(6), today);
			case LAST_30_DAYS -> ReportingPeriod.ofDays(today.minusDays(29), today);
			case MONTH_TO_DATE -> ReportingPeriod.ofDays(today.withDayOfMonth(1), today);
			case YEAR_TO_DATE -> ReportingPeriod.ofDays(today.withDayOfYear(1), today);
			case CUSTOM -> custom(first, last);
		};
	}

	/**
	 * The period compared with: the previous calendar unit for completed weeks, months and quarters, otherwise the
	 * same number of days immediately before.
	 * @param period the period covered
	 * @return the period its changes are measured against
	 */
	public ReportingPeriod comparedWith(ReportingPeriod period) {
		return switch (this) {
			case LAST_MONTH -> new ReportingPeriod(period.from().minusMonths(1), period.from());
			case LAST_QUARTER -> new ReportingPeriod(period.from().minusMonths(3), period.from());
			default -> period.previous();
		};
	}

	private static ReportingPeriod custom(LocalDate first, LocalDate last) {
		if (first == null || last == null) {
			throw new InvalidReportParameterException("from", String.valueOf(first),
					"a custom range needs both a first and a last day");
		}
		if (last.isBefore(first)) {
			throw new InvalidReportParameterException("to", last.toString(),
					"the last day must not be before the first day " + first);
		}
		return ReportingPeriod.ofDays(first, last);
	}

	/**
	 * @param code a range's code, any case
	 * @param parameter the field it came from, named in the error
	 * @return the range
	 */
	public static ReportRange parse(String code, String parameter) {
		if (code != null) {
			for (ReportRange range : values()) {
				if (range.code().equalsIgnoreCase(code.strip())) {
					return range;
				}
			}
		}
		throw new InvalidReportParameterException(parameter, String.valueOf(code),
				"expected one of yesterday, last_week, last_month, last_quarter, last_7_days, last_30_days, "
						+ "month_to_date, year_to_date, custom");
	}

}
