package io.keystonebi.reports.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import io.keystonebi.reports.panels.Unit;

/** A figure as a sentence reads it: {@code $1,204,500}, {@code 42}, {@code 23.5%}, {@code 12.3 days}. */
final class Wording {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	private Wording() {
	}

	static String format(BigDecimal value, Unit unit) {
		return switch (unit) {
			// Cents only where they matter: $42.50, but $0 and $80,000.
			case MONEY -> "$" + pattern((value.abs().compareTo(BigDecimal.valueOf(100)) >= 0
					|| value.stripTrailingZeros().scale() <= 0) ? "#,##0" : "#,##0.00").format(value);
			case PERCENT -> pattern("#,##0.0").format(value) + "%";
			case DAYS -> pattern("#,##0.0").format(value) + " days";
			case MINUTES -> pattern("#,##0.#").format(value) + " minutes";
			case COUNT -> pattern("#,##0").format(value);
			default -> pattern("#,##0.##").format(value);
		};
	}

	/** @return the difference as the sentence names it: money and counts as amounts, percentages in points */
	static String difference(BigDecimal difference, Unit unit) {
		return (unit == Unit.PERCENT) ? pattern("#,##0.0").format(difference.abs()) + " points"
				: format(difference.abs(), unit);
	}

	/** @return (current - previous) / |previous| x 100 to one decimal, or null when previous is 0 */
	static BigDecimal change(BigDecimal current, BigDecimal previous) {
		if (current == null || previous == null || previous.signum() == 0) {
			return null;
		}
		return current.subtract(previous).multiply(BigDecimal.valueOf(100))
			.divide(previous.abs(), 1, RoundingMode.HALF_UP);
	}

	private static DecimalFormat pattern(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
