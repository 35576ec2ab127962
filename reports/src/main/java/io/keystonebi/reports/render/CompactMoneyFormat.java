package io.keystonebi.reports.render;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Money on a chart axis, short enough to never crowd it: {@code $950}, {@code $12.5K}, {@code $1.2M}. */
final class CompactMoneyFormat extends NumberFormat {

	@Override
	public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
		double size = Math.abs(number);
		String sign = (number < 0) ? "-" : "";
		DecimalFormat digits = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		digits.setRoundingMode(RoundingMode.HALF_UP);
		if (size >= 1_000_000_000) {
			return to.append(sign).append('$').append(digits.format(size / 1_000_000_000)).append('B');
		}
		if (size >= 1_000_000) {
			return to.append(sign).append('$').append(digits.format(size / 1_000_000)).append('M');
		}
		if (size >= 1_000) {
			return to.append(sign).append('$').append(digits.format(size / 1_000)).append('K');
		}
		return to.append(sign).append('$').append(digits.format(size));
	}

	@Override
	public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
		return format((double) number, to, position);
	}

	@Override
	public Number parse(String source, ParsePosition position) {
		throw new UnsupportedOperationException("An axis format only writes");
	}

}
