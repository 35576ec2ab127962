package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Change percentages as the KPI definitions fix them: one decimal, half away from zero, null without a base. */
final class Changes {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Changes() {
	}

	/** @return (current - base) / |base| x 100, or null when either is unknown or the base is 0 */
	static BigDecimal percent(BigDecimal current, BigDecimal base) {
		if (current == null || base == null || base.signum() == 0) {
			return null;
		}
		return current.subtract(base).multiply(HUNDRED).divide(base.abs(), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The change between two ratios computed exactly, so rounding of the ratios themselves cannot move the
	 * result across a rounding boundary.
	 * @return (a/b - c/d) / (c/d) x 100, or null when a ratio is undefined or the base ratio is 0
	 */
	static BigDecimal ratioPercent(long a, long b, long c, long d) {
		if (b == 0 || d == 0 || c == 0) {
			return null;
		}
		BigDecimal numerator = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(d))
			.subtract(BigDecimal.valueOf(c).multiply(BigDecimal.valueOf(b)));
		BigDecimal denominator = BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(c));
		return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
	}

	/** @return part / whole in percent with one decimal, or null when whole is 0 */
	static BigDecimal share(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
