package io.keystonebi.reports.kpi;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import io.keystonebi.reports.ReportsProperties;

/**
 * What a summary is asked for: a preset range or custom first and last days, and a comparison. Built from the
 * raw request parameters by {@link #parse}, which names the offending parameter when one is unusable.
 *
 * @param first first day of a custom period, or null with a preset
 * @param last last day (included) of a custom period, or null with a preset
 * @param range the preset, or null with a custom period
 * @param comparison what the figures are compared with
 */
public record SummaryRequest(LocalDate first, LocalDate last, RangePreset range, Comparison comparison) {

	// Dates outside these years are typing errors, and far-off years would overflow the arithmetic around them.
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	/** The range used when a request names neither a range nor dates. */
	public static final RangePreset DEFAULT_RANGE = RangePreset.LAST_30_DAYS;

	/**
	 * @param from first day as YYYY-MM-DD, or blank
	 * @param to last day (included) as YYYY-MM-DD, or blank
	 * @param range a preset code ({@link RangePreset#code()}), or blank
	 * @param compare a comparison code ({@link Comparison#code()}), or blank for the previous period
	 * @return the request
	 * @throws InvalidReportParameterException naming the parameter that is unusable
	 */
	public static SummaryRequest parse(String from, String to, String range, String compare) {
		Comparison comparison = isBlank(compare) ? Comparison.PREVIOUS : Comparison.parse(compare);
		boolean custom = !isBlank(from) || !isBlank(to);
		if (custom && !isBlank(range)) {
			throw new InvalidReportParameterException("range", range, "give either range or from and to, not both");
		}
		if (!custom) {
			return new SummaryRequest(null, null, isBlank(range) ? DEFAULT_RANGE : RangePreset.parse(range), comparison);
		}
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (first.isAfter(last)) {
			throw new InvalidReportParameterException("from", from, "it is after to (" + to + ")");
		}
		return new SummaryRequest(first, last, null, comparison);
	}

	/**
	 * @param today the day relative ranges end on, in the reporting zone
	 * @param properties the fiscal year's start and the longest period allowed
	 * @return the period asked for
	 * @throws InvalidReportParameterException when a custom period is longer than allowed
	 */
	public ReportingPeriod resolve(LocalDate today, ReportsProperties properties) {
		return resolve(today, new PeriodCalendar(properties.fiscalYearStartMonth()), properties.maxRange());
	}

	/**
	 * @param period the period resolved from this request
	 * @return the period it is compared with, or null when the comparison is with targets
	 */
	public ReportingPeriod basePeriod(ReportingPeriod period) {
		return this.comparison.basePeriod(period);
	}

	ReportingPeriod resolve(LocalDate today, PeriodCalendar calendar, Period maxRange) {
		if (this.range != null) {
			return this.range.periodEnding(today, calendar);
		}
		ReportingPeriod period = ReportingPeriod.ofDays(this.first, this.last);
		if (period.to().isAfter(this.first.plus(maxRange))) {
			throw new InvalidReportParameterException("to", this.last.toString(),
					"the period from " + this.first + " is longer than the maximum of " + describe(maxRange));
		}
		return period;
	}

	private static LocalDate date(String parameter, String value) {
		if (isBlank(value)) {
			String other = parameter.equals("from") ? "to" : "from";
			throw new InvalidReportParameterException(parameter, "", "it is required when " + other + " is given");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportParameterException(parameter, value, "expected a date as YYYY-MM-DD");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new InvalidReportParameterException(parameter, value,
					"expected a date from " + EARLIEST + " to " + LATEST);
		}
		return date;
	}

	private static String describe(Period period) {
		return period.toString().substring(1).toLowerCase().replace("y", " years ").replace("m", " months ")
			.replace("d", " days ").strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
