package io.keystonebi.reports.schedule;

import java.util.Locale;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** How often a schedule runs. */
public enum RecurrenceKind {

	/** Every day. */
	DAILY,

	/** Monday to Friday. */
	WEEKDAYS,

	/** One day of the week. */
	WEEKLY,

	/** One day of the month, 1 to 28 so that every month has it. */
	MONTHLY,

	/** The last day of every month. */
	LAST_DAY_OF_MONTH;

	/** @return the name stored and exchanged, e.g. {@code last_day_of_month} */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param code a kind's code, any case
	 * @param parameter the field it came from, named in the error
	 * @return the kind
	 */
	public static RecurrenceKind parse(String code, String parameter) {
		if (code != null) {
			for (RecurrenceKind kind : values()) {
				if (kind.code().equalsIgnoreCase(code.strip())) {
					return kind;
				}
			}
		}
		throw new InvalidReportParameterException(parameter, String.valueOf(code),
				"expected one of daily, weekdays, weekly, monthly, last_day_of_month");
	}

}
