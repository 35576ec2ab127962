package io.keystonebi.etl.imports.mapping;

import java.util.TreeSet;

import io.keystonebi.etl.imports.targets.Field;

/**
 * One compiled column mapping: empty and null-meaning cells, default, value maps, conversion and the field's
 * own constraints, in that order.
 */
public final class ColumnRule {

	private final ColumnMapping mapping;

	private final Field field;

	private final ValueConverter converter;

	ColumnRule(ColumnMapping mapping, Field field) {
		this.mapping = mapping;
		this.field = field;
		this.converter = new ValueConverter(field, mapping.format());
	}

	/** @return the file column this rule reads */
	public String column() {
		return this.mapping.column();
	}

	/** @return the field this rule fills */
	public Field field() {
		return this.field;
	}

	/** @return whether an empty result quarantines the row */
	public boolean required() {
		return this.mapping.required() || this.field.required();
	}

	/**
	 * @param cell the raw cell text, possibly null
	 * @return the field value, or null for none
	 * @throws InvalidValueException when the cell cannot become the field's value
	 */
	public Object apply(String cell) throws InvalidValueException {
		String text = (cell != null) ? cell.strip() : "";
		if (text.isEmpty() || this.mapping.nulls().contains(text)) {
			text = this.mapping.defaultValue();
			if (text == null) {
				return null;
			}
		}
		if (!this.mapping.values().isEmpty()) {
			String mapped = this.mapping.values().get(text);
			if (mapped == null) {
				throw new InvalidValueException("unknown value '" + text + "' (expected one of "
						+ String.join(", ", new TreeSet<>(this.mapping.values().keySet())) + ")");
			}
			text = mapped;
		}
		text = this.mapping.rename().getOrDefault(text, text);
		if (!this.field.allowed().isEmpty() && !this.field.allowed().contains(text)) {
			throw new InvalidValueException("unknown value '" + text + "' (expected one of "
					+ String.join(", ", new TreeSet<>(this.field.allowed())) + ")");
		}
		return this.converter.convert(text);
	}

}
