package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.keystonebi.reports.kpi.ReportingPeriod;

/**
 * The arithmetic the revenue and agent pages share, rounded as the KPI definitions fix it: percentages to one
 * decimal and money to cents, half away from zero, null where a ratio has no base.
 */
public final class RevenueFigures {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RevenueFigures() {
	}

	/** @return part / whole in percent, one decimal, or null when whole is 0 or unknown */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	/** @return part / whole in percent, one decimal, or null when whole is 0 */
	public static BigDecimal percent(long part, long whole) {
		return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
	}

	/** @return the average deal size, revenue / deals to the cent, or null without deals */
	public static BigDecimal averageDeal(BigDecimal revenue, long deals) {
		return (deals == 0) ? null : revenue.divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_UP);
	}

	/**
	 * A month's target counted by the share of its days inside the period (the KPI definitions' proration).
	 * @return the part of the month's target that falls in the period, unrounded; 0 outside it
	 */
	public static BigDecimal prorate(ReportingPeriod period, YearMonth month, BigDecimal target) {
		LocalDate start = later(period.from(), month.atDay(1));
		LocalDate end = earlier(period.to(), month.plusMonths(1).atDay(1));
		long days = Math.max(0, ChronoUnit.DAYS.between(start, end));
		return target.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(month.lengthOfMonth()), 12, RoundingMode.HALF_UP);
	}

	/**
	 * @param period the period
	 * @param monthly the summed target of each month (first day) that has one
	 * @return the period's prorated target to the cent, or null when no month of the period has a target
	 */
	public static BigDecimal periodTarget(ReportingPeriod period, Map<LocalDate, BigDecimal> monthly) {
		BigDecimal total = null;
		for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.lastDay());
				month = month.plusMonths(1)) {
			BigDecimal target = monthly.get(month.atDay(1));
			if (target != null) {
				total = ((total != null) ? total : BigDecimal.ZERO).add(prorate(period, month, target));
			}
		}
		return (total != null) ? cents(total) : null;
	}

	/** @return the amount rounded to cents */
	public static BigDecimal cents(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP) : null;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
