package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Monthly revenue targets spread over a period: each month counts by the share of its days inside it. */
final class TargetProration {

	private TargetProration() {
	}

	/**
	 * @param period the period
	 * @param monthly summed target by month (first day of month); months without a target are absent
	 * @return the period's target rounded to cents, and the months of the period that had no target
	 */
	static Result prorate(ReportingPeriod period, Map<LocalDate, BigDecimal> monthly) {
		BigDecimal total = BigDecimal.ZERO;
		List<YearMonth> missing = new ArrayList<>();
		for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.lastDay());
				month = month.plusMonths(1)) {
			BigDecimal target = monthly.get(month.atDay(1));
			if (target == null) {
				missing.add(month);
				continue;
			}
			long overlap = overlapDays(period, month);
			total = total.add(target.multiply(BigDecimal.valueOf(overlap))
				.divide(BigDecimal.valueOf(month.lengthOfMonth()), 12, RoundingMode.HALF_UP));
		}
		boolean none = missing.size() == ChronoUnit.MONTHS.between(YearMonth.from(period.from()),
				YearMonth.from(period.lastDay())) + 1;
		return new Result(none ? null : total.setScale(2, RoundingMode.HALF_UP), missing);
	}

	private static long overlapDays(ReportingPeriod period, YearMonth month) {
		LocalDate start = max(period.from(), month.atDay(1));
		LocalDate end = min(period.to(), month.plusMonths(1).atDay(1));
		return ChronoUnit.DAYS.between(start, end);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * @param target the prorated target, or null when no month of the period has one
	 * @param missingMonths months of the period without a target
	 */
	record Result(BigDecimal target, List<YearMonth> missingMonths) {
	}

}
