package io.keystonebi.reports.kpi;

import java.time.LocalDate;

/** The named periods a user can pick; all end at the end of today. */
public enum RangePreset {

	/** Today only. */
	TODAY("today", "Today"),
	/** The last 7 days, today included. */
	LAST_7_DAYS("7d", "7D"),
	/** The last 30 days, today included. */
	LAST_30_DAYS("30d", "30D"),
	/** The last 90 days, today included. */
	LAST_90_DAYS("90d", "90D"),
	/** Since the start of the month. */
	MONTH_TO_DATE("mtd", "MTD"),
	/** Since the start of the quarter. */
	QUARTER_TO_DATE("qtd", "QTD"),
	/** Since the start of the year. */
	YEAR_TO_DATE("ytd", "YTD");

	private final String code;

	private final String label;

	RangePreset(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** @return the value of the {@code range} parameter that selects this preset */
	public String code() {
		return this.code;
	}

	/** @return the short label shown on the range selector */
	public String label() {
		return this.label;
	}

	ReportingPeriod periodEnding(LocalDate today, PeriodCalendar calendar) {
		LocalDate first = switch (this) {
			case TODAY -> today;
			case LAST_7_DAYS -> today.minusDays(6);
			case LAST_30_DAYS -> today.minusDays(29);
			case LAST_90_DAYS -> today.minusDays(89);
			case MONTH_TO_DATE -> calendar.monthStart(today);
			case QUARTER_TO_DATE -> calendar.quarterStart(today);
			case YEAR_TO_DATE -> calendar.yearStart(today);
		};
		return ReportingPeriod.ofDays(first, today);
	}

	static RangePreset parse(String code) {
		for (RangePreset preset : values()) {
			if (preset.code.equalsIgnoreCase(code.strip())) {
				return preset;
			}
		}
		throw new InvalidReportParameterException("range", code, "expected one of today, 7d, 30d, 90d, mtd, qtd, ytd");
	}

}
