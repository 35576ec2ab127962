package io.keystonebi.reports.kpi;

import java.time.LocalDate;

/** Where months, quarters and years start, with the year possibly a fiscal one. */
record PeriodCalendar(int fiscalYearStartMonth) {

	LocalDate monthStart(LocalDate day) {
		return day.withDayOfMonth(1);
	}

	LocalDate yearStart(LocalDate day) {
		int year = (day.getMonthValue() >= this.fiscalYearStartMonth) ? day.getYear() : day.getYear() - 1;
		return LocalDate.of(year, this.fiscalYearStartMonth, 1);
	}

	LocalDate quarterStart(LocalDate day) {
		int monthsIntoYear = Math.floorMod(day.getMonthValue() - this.fiscalYearStartMonth, 12);
		return yearStart(day).plusMonths(monthsIntoYear / 3 * 3L);
	}

}
