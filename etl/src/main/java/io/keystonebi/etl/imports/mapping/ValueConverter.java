package io.keystonebi.etl.imports.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import io.keystonebi.etl.imports.targets.Field;
import io.keystonebi.etl.imports.targets.FieldType;

/**
 * Turns trimmed cell text into a field's Java value: Long, BigDecimal, Boolean, LocalDate (a month as its first
 * day) or LocalDateTime.
 */
final class ValueConverter {

	private final Field field;

	private final DateTimeFormatter format;

	private final String pattern;

	ValueConverter(Field field, String pattern) {
		this.field = field;
		this.pattern = (pattern != null) ? pattern
				: (field.type() == FieldType.MONTH) ? "yyyy-MM or yyyy-MM-dd" : "yyyy-MM-dd[ HH:mm:ss]";
		this.format = (pattern != null) ? DateTimeFormatter.ofPattern(pattern, Locale.ROOT) : null;
	}

	Object convert(String text) throws InvalidValueException {
		return switch (this.field.type()) {
			case TEXT -> text;
			case INTEGER -> checked(integer(text), text);
			case DECIMAL -> checked(decimal(text), text);
			case BOOLEAN -> bool(text);
			case DATE -> dateTime(text, true);
			case MONTH -> month(text);
			case TIMESTAMP -> dateTime(text, false);
		};
	}

	private Object checked(BigDecimal number, String text) throws InvalidValueException {
		if (this.field.nonNegative() && number.signum() < 0) {
			throw new InvalidValueException("must not be negative: '" + text + "'");
		}
		int digits = number.precision() - number.scale();
		if (this.field.integerDigits() > 0 && digits > this.field.integerDigits()) {
			throw new InvalidValueException("number too large: '" + text + "'");
		}
		return (this.field.type() == FieldType.INTEGER) ? (Object) number.longValueExact() : number;
	}

	private BigDecimal integer(String text) throws InvalidValueException {
		try {
			BigDecimal number = new BigDecimal(text);
			number.toBigIntegerExact();
			return number.stripTrailingZeros();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new InvalidValueException("not a whole number: '" + text + "'");
		}
	}

	private BigDecimal decimal(String text) throws InvalidValueException {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("not a number: '" + text + "'");
		}
	}

	private Boolean bool(String text) throws InvalidValueException {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
			case "false", "f", "no", "n", "0" -> Boolean.FALSE;
			default -> throw new InvalidValueException("not a yes/no value: '" + text + "'");
		};
	}

	private Object dateTime(String text, boolean dateOnly) throws InvalidValueException {
		LocalDateTime value;
		try {
			TemporalAccessor parsed = (this.format != null) ? this.format.parseBest(text, LocalDateTime::from, LocalDate::from)
					: isoBest(text);
			value = (parsed instanceof LocalDate date) ? date.atStartOfDay() : (LocalDateTime) parsed;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(
					"not a " + (dateOnly ? "date" : "date and time") + " (" + this.pattern + "): '" + text + "'");
		}
		return dateOnly ? value.toLocalDate() : value;
	}

	// Monthly series are published as a month (2024-03) or as one of its days (FRED writes the first).
	private LocalDate month(String text) throws InvalidValueException {
		try {
			TemporalAccessor parsed = (this.format != null) ? this.format.parseBest(text, LocalDate::from, YearMonth::from)
					: (text.length() == 7) ? YearMonth.parse(text) : isoBest(text);
			return YearMonth.from(parsed).atDay(1);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException("not a month (" + this.pattern + "): '" + text + "'");
		}
	}

	private static TemporalAccessor isoBest(String text) {
		if (text.length() <= 10) {
			return LocalDate.parse(text);
		}
		return LocalDateTime.parse(text.replace(' ', 'T'));
	}

}
