package io.keystonebi.reports.revenue;

import java.time.LocalDate;
import java.time.YearMonth;

import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * The calendar months the revenue page's time panels cover, all ending with the month of the period's last day:
 * 13 months, 8 quarters and 5 years (whole calendar months, quarters and years, as the month, quarter and year
 * drill filters read them), and the months the period itself touches.
 */
record MonthWindows(ReportingPeriod period, YearMonth last) {

	static final int MONTHS = 13;

	static final int QUARTERS = 8;

	static final int YEARS = 5;

	MonthWindows(ReportingPeriod period) {
		this(period, YearMonth.from(period.lastDay()));
	}

	/** @return the first month of the trailing months */
	YearMonth firstMonth() {
		return this.last.minusMonths(MONTHS - 1);
	}

	/** @return the first month of the trailing quarters */
	YearMonth firstQuarterMonth() {
		YearMonth quarterStart = this.last.withMonth((this.last.getMonthValue() - 1) / 3 * 3 + 1);
		return quarterStart.minusMonths(3L * (QUARTERS - 1));
	}

	/** @return the first month of the trailing years */
	YearMonth firstYearMonth() {
		return YearMonth.of(this.last.getYear() - (YEARS - 1), 1);
	}

	/** @return the first day of the earliest month any panel needs */
	LocalDate since() {
		YearMonth periodStart = YearMonth.from(this.period.from());
		YearMonth earliest = periodStart.isBefore(firstYearMonth()) ? periodStart : firstYearMonth();
		return earliest.atDay(1);
	}

	/** @return the first day after the last month */
	LocalDate until() {
		return this.last.plusMonths(1).atDay(1);
	}

	/** @return a quarter's name as the drill filter reads it, e.g. {@code 2026-Q1} */
	static String quarter(YearMonth month) {
		return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
	}

}
