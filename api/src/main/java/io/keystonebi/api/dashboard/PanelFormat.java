package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.keystonebi.reports.panels.Unit;

/** A panel's values as a person reads them in its table; the page's script formats alike for the charts. */
final class PanelFormat {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

	private PanelFormat() {
	}

	static String format(Unit unit, Object value) {
		if (value == null) {
			return "n/a";
		}
		if (!(value instanceof BigDecimal number)) {
			return text(unit, value.toString());
		}
		return switch (unit) {
			case MONEY -> "$" + String.format(Locale.US, "%,d", number.setScale(0, RoundingMode.HALF_UP).toBigInteger());
			case PERCENT -> number.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
			case DAYS -> number.setScale(1, RoundingMode.HALF_UP).toPlainString() + " d";
			case MINUTES -> String.format(Locale.US, "%,d min", number.setScale(0, RoundingMode.HALF_UP).toBigInteger());
			case COUNT, SCORE -> String.format(Locale.US, "%,d", number.setScale(0, RoundingMode.HALF_UP).toBigInteger());
			case NUMBER -> grouped(number);
			default -> number.toPlainString();
		};
	}

	private static String text(Unit unit, String value) {
		try {
			return switch (unit) {
				case DATE -> DAY.format(LocalDate.parse(value));
				case MONTH -> MONTH.format(YearMonth.parse(value));
				default -> value;
			};
		}
		catch (RuntimeException ex) {
			return value;
		}
	}

	// Up to two decimals, grouped: square feet, indexes, z-scores.
	private static String grouped(BigDecimal number) {
		BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return String.format(Locale.US, (rounded.scale() > 0) ? "%,." + rounded.scale() + "f" : "%,d",
				(rounded.scale() > 0) ? rounded : rounded.toBigInteger());
	}

}
