package io.keystonebi.reports.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The rounding and wording every funnel figure shares: percentages and days with one decimal. */
public final class Rates {

	private Rates() {
	}

	/** @return part of whole as a percentage with one decimal, or null when whole is 0 */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** @return the drop-off (100 minus the percentage moving on) with one decimal, or null when whole is 0 */
	public static BigDecimal dropOff(long movedOn, long whole) {
		BigDecimal rate = percent(movedOn, whole);
		return (rate != null) ? BigDecimal.valueOf(100).setScale(1).subtract(rate) : null;
	}

	/** @return a number with one decimal, or null */
	public static BigDecimal oneDecimal(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP) : null;
	}

	/** @return a percentage as a sentence writes it, e.g. {@code 12.5 %} */
	public static String text(BigDecimal percent) {
		return (percent != null) ? percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %" : "n/a";
	}

	/** @return a difference of percentages in points, e.g. {@code 3.0 points} */
	public static String points(BigDecimal points) {
		return points.abs().setScale(1, RoundingMode.HALF_UP).toPlainString() + " points";
	}

	/** @return a ratio as a sentence writes it, e.g. {@code 2.1×} */
	public static String times(double ratio) {
		return String.format(Locale.ROOT, "%.1f\u00d7", ratio);
	}

}
