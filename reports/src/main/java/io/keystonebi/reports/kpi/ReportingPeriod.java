package io.keystonebi.reports.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period {@code [from, to)} of local dates, applied in each location's time zone.
 *
 * @param from the first day
 * @param to the first day after the period
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

	public ReportingPeriod {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A period must end after it starts: [" + from + ", " + to + ")");
		}
	}

	/** @return the period of the given first and last day, both included */
	public static ReportingPeriod ofDays(LocalDate first, LocalDate last) {
		return new ReportingPeriod(first, last.plusDays(1));
	}

	/** @return the number of days */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to);
	}

	/** @return the last day of the period */
	public LocalDate lastDay() {
		return this.to.minusDays(1);
	}

	/** @return the period of the same length immediately before this one */
	public ReportingPeriod previous() {
		return new ReportingPeriod(this.from.minusDays(days()), this.from);
	}

	/** @return this period shifted back by one year */
	public ReportingPeriod sameLastYear() {
		return new ReportingPeriod(this.from.minusYears(1), this.to.minusYears(1));
	}

}
