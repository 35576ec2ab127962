package io.keystonebi.etl.imports.targets;

import java.util.Set;

import io.keystonebi.sql.pii.SearchKind;

/**
 * One field of an import target, in the order of its staging table's columns.
 *
 * @param name the field's name as mappings write it
 * @param type the kind of value
 * @param required whether a row without a value is quarantined
 * @param allowed the only values accepted (empty: any)
 * @param nonNegative whether a negative number is quarantined
 * @param integerDigits the most digits a number may have before its decimal point (0: no limit), so that a
 * value too large for the staging column is quarantined instead of failing the whole chunk
 * @param encrypted whether the value is personal data, staged encrypted (its staging column is {@code bytea})
 * @param search how the search digest staged right after the encrypted value is taken; null when there is none
 */
public record Field(String name, FieldType type, boolean required, Set<String> allowed, boolean nonNegative,
		int integerDigits, boolean encrypted, SearchKind search) {

	static Field text(String name) {
		return new Field(name, FieldType.TEXT, false, Set.of(), false, 0, false, null);
	}

	static Field of(String name, FieldType type) {
		int digits = switch (type) {
			case INTEGER -> 9;
			case DECIMAL -> 12;
			default -> 0;
		};
		return new Field(name, type, false, Set.of(), false, digits, false, null);
	}

	Field require() {
		return new Field(this.name, this.type, true, this.allowed, this.nonNegative, this.integerDigits, this.encrypted,
				this.search);
	}

	Field oneOf(String... values) {
		return new Field(this.name, this.type, this.required, Set.of(values), this.nonNegative, this.integerDigits,
				this.encrypted, this.search);
	}

	Field positive() {
		return new Field(this.name, this.type, this.required, this.allowed, true, this.integerDigits, this.encrypted,
				this.search);
	}

	Field digits(int integerDigits) {
		return new Field(this.name, this.type, this.required, this.allowed, this.nonNegative, integerDigits,
				this.encrypted, this.search);
	}

	/** @return the field as personal data: staged encrypted, without a search digest */
	Field personal() {
		return new Field(this.name, this.type, this.required, this.allowed, this.nonNegative, this.integerDigits, true,
				null);
	}

	/** @return the field as personal data: staged encrypted and followed by its search digest */
	Field personal(SearchKind search) {
		return new Field(this.name, this.type, this.required, this.allowed, this.nonNegative, this.integerDigits, true,
				search);
	}

	/** @return whether dates of this field move when an import rebases dates */
	public boolean isDated() {
		return this.type == FieldType.DATE || this.type == FieldType.MONTH || this.type == FieldType.TIMESTAMP;
	}

}
