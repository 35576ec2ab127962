package io.keystonebi.reports.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.keystonebi.reports.panels.Unit;

/**
 * How a figure reads on a drawn report, by its unit: the one place the PDF's tables, tiles and chart axes format
 * numbers and dates, so they agree.
 */
final class Figures {

	static final String NOT_AVAILABLE = "n/a";

	private static final Set<Unit> NUMERIC = EnumSet.of(Unit.COUNT, Unit.MONEY, Unit.PERCENT, Unit.DAYS,
			Unit.MINUTES, Unit.NUMBER, Unit.SCORE);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private Figures() {
	}

	/** @return whether the unit's values are numbers */
	static boolean numeric(Unit unit) {
		return NUMERIC.contains(unit);
	}

	/**
	 * @param value a panel value: text, a number or null
	 * @param unit its column's unit
	 * @return what a person reads, e.g. {@code $1,204,500}, {@code 18.2%}, {@code Oct 2026}, {@code n/a}
	 */
	static String text(Object value, Unit unit) {
		if (value == null) {
			return NOT_AVAILABLE;
		}
		BigDecimal number = number(value);
		if (number == null || !numeric(unit)) {
			return (unit == Unit.MONTH) ? month(value.toString()) : value.toString();
		}
		return switch (unit) {
			case MONEY -> money(number);
			case PERCENT -> pattern("#,##0.0").format(number) + "%";
			case DAYS -> pattern("#,##0.0").format(number) + " d";
			case MINUTES -> pattern("#,##0.#").format(number) + " min";
			case COUNT, SCORE -> pattern("#,##0").format(number);
			default -> pattern("#,##0.##").format(number);
		};
	}

	/** @return the amount in whole dollars, the sign before the symbol */
	static String money(BigDecimal amount) {
		String digits = pattern("#,##0").format(amount.abs());
		return (amount.setScale(0, RoundingMode.HALF_UP).signum() < 0) ? "-$" + digits : "$" + digits;
	}

	/** @return a month {@code YYYY-MM} (or a day in it) as {@code Oct 2026}; anything else unchanged */
	static String month(String iso) {
		try {
			return (iso.length() == 7) ? YearMonth.parse(iso).format(MONTH) : LocalDate.parse(iso).format(MONTH);
		}
		catch (RuntimeException ex) {
			return iso;
		}
	}

	/** @return the value as a number, or null when it is not one */
	static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The change of a figure against its comparison, as the KPI definitions fix it: (current - previous) /
	 * |previous| x 100, one decimal; null when either is missing or previous is 0.
	 * @param current the period's figure
	 * @param previous the comparison period's figure
	 * @return the change in percent, or null
	 */
	static BigDecimal change(Object current, Object previous) {
		BigDecimal now = number(current);
		BigDecimal before = number(previous);
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
	}

	/** @return a change as a person reads it: {@code ▲ 12.3%}, {@code ▼ 4.0%}, {@code ● 0.0%} or {@code n/a} */
	static String changeText(BigDecimal change) {
		if (change == null) {
			return NOT_AVAILABLE;
		}
		String arrow = (change.signum() > 0) ? "\u25B2 +" : (change.signum() < 0) ? "\u25BC " : "\u25CF ";
		return arrow + pattern("#,##0.0").format(change) + "%";
	}

	// DecimalFormat is not thread-safe and cheap to make: one per call.
	private static DecimalFormat pattern(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
