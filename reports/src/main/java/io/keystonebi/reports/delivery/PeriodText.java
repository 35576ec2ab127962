package io.keystonebi.reports.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.keystonebi.reports.kpi.ReportingPeriod;

/** A period as people read it in a subject and as it appears in a file name. */
final class PeriodText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private PeriodText() {
	}

	/** @return e.g. {@code 14 March 2026}, {@code March 2026} or {@code 2 March 2026 – 8 March 2026} */
	static String label(ReportingPeriod period) {
		if (period.days() == 1) {
			return DAY.format(period.from());
		}
		if (wholeMonth(period)) {
			return MONTH.format(period.from());
		}
		return DAY.format(period.from()) + " \u2013 " + DAY.format(period.lastDay());
	}

	/** @return e.g. {@code 2026-03-14}, {@code 2026-03} or {@code 2026-03-02_2026-03-08} */
	static String fileName(ReportingPeriod period) {
		if (period.days() == 1) {
			return period.from().toString();
		}
		if (wholeMonth(period)) {
			return period.from().toString().substring(0, 7);
		}
		return period.from() + "_" + period.lastDay();
	}

	private static boolean wholeMonth(ReportingPeriod period) {
		LocalDate from = period.from();
		return from.getDayOfMonth() == 1 && period.to().equals(from.plusMonths(1));
	}

}
