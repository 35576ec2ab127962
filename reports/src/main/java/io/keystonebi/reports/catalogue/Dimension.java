package io.keystonebi.reports.catalogue;

import java.util.Locale;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * What a report block's figures can be broken down and filtered by. The period dimensions group by the local day,
 * the week (starting Monday), the calendar month or the calendar quarter the fact falls on.
 */
public enum Dimension {

	/** The assigned agent (a warehouse user). Filter values are user ids. */
	AGENT("Agent", false),

	/** The assigned agent's current team. Filter values are team ids. */
	TEAM("Team", false),

	/** The assigned agent's office. Filter values are office ids. */
	OFFICE("Office", false),

	/** The lead source, as text; {@code (none)} for facts without one. */
	SOURCE("Source", false),

	/** The pipeline stage. Filter values are stage ids. */
	STAGE("Stage", false),

	/** The property type. Filter values are property type ids. */
	PROPERTY_TYPE("Property type", false),

	/** The zipcode (the client's postal code, or the sold home's). */
	ZIPCODE("Zipcode", false),

	/** The local day. */
	DAY("Day", true),

	/** The week, Monday to Sunday, named by its Monday. */
	WEEK("Week", true),

	/** The calendar month. */
	MONTH("Month", true),

	/** The calendar quarter, named by its first day. */
	QUARTER("Quarter", true);

	private final String label;

	private final boolean period;

	Dimension(String label, boolean period) {
		this.label = label;
		this.period = period;
	}

	/** @return the name used in definitions, URLs and CSV headers, e.g. {@code property_type} */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return what a person reads, e.g. {@code Property type} */
	public String label() {
		return this.label;
	}

	/** @return whether it breaks figures down over time */
	public boolean period() {
		return this.period;
	}

	/**
	 * @param code a dimension's code, any case
	 * @param parameter the field it came from, named in the error
	 * @return the dimension
	 */
	public static Dimension parse(String code, String parameter) {
		if (code != null) {
			for (Dimension dimension : values()) {
				if (dimension.code().equalsIgnoreCase(code.strip())) {
					return dimension;
				}
			}
		}
		throw new InvalidReportParameterException(parameter, String.valueOf(code),
				"expected one of agent, team, office, source, stage, property_type, zipcode, day, week, month, quarter");
	}

}
