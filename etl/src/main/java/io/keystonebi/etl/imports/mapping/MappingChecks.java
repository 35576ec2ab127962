package io.keystonebi.etl.imports.mapping;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.keystonebi.etl.imports.targets.Field;

/** The rules a parsed mapping must follow beyond its YAML shape. */
final class MappingChecks {

	private final Mapping mapping;

	private final YamlNode.Errors errors;

	MappingChecks(Mapping mapping, YamlNode.Errors errors) {
		this.mapping = mapping;
		this.errors = errors;
	}

	void check() {
		Set<String> filled = new HashSet<>();
		for (ColumnMapping column : this.mapping.columns()) {
			checkColumn(column);
			if (!filled.add(column.field())) {
				throw this.errors.invalid("field '" + column.field() + "' is filled twice");
			}
		}
		for (Map.Entry<String, String> constant : this.mapping.constants().entrySet()) {
			checkConstant(constant.getKey(), constant.getValue());
			if (!filled.add(constant.getKey())) {
				throw this.errors.invalid("field '" + constant.getKey() + "' is filled by a column and a constant");
			}
		}
		for (Field field : this.mapping.target().fields()) {
			if (field.required() && !filled.contains(field.name())) {
				throw this.errors.invalid("target " + this.mapping.target().mappingName() + " needs field '"
						+ field.name() + "' but no column or constant fills it");
			}
		}
		checkKey();
	}

	private void checkColumn(ColumnMapping column) {
		Field field = this.mapping.target().fields().get(this.mapping.target().indexOf(column.field()));
		if (column.format() != null) {
			if (!field.isDated()) {
				throw this.errors.invalid("'format' is only for date fields, not for '" + column.field() + "'");
			}
			try {
				java.time.format.DateTimeFormatter.ofPattern(column.format());
			}
			catch (IllegalArgumentException ex) {
				throw this.errors.invalid("bad date format '" + column.format() + "' for column '" + column.column()
						+ "': " + ex.getMessage());
			}
		}
		if (!column.values().isEmpty() && !column.rename().isEmpty()) {
			throw this.errors.invalid("column '" + column.column() + "' has both 'values' and 'rename'");
		}
	}

	private void checkConstant(String fieldName, String value) {
		int index = this.mapping.target().indexOf(fieldName);
		if (index < 0) {
			throw this.errors.invalid("constant for unknown field '" + fieldName + "' of target "
					+ this.mapping.target().mappingName());
		}
		try {
			new ColumnRule(constantColumn(fieldName, value), this.mapping.target().fields().get(index)).apply(value);
		}
		catch (InvalidValueException ex) {
			throw this.errors.invalid("constant '" + fieldName + "': " + ex.getMessage());
		}
	}

	static ColumnMapping constantColumn(String fieldName, String value) {
		return new ColumnMapping("constant " + fieldName, fieldName, null, Map.of(), Map.of(), value, Set.of(), false);
	}

	private void checkKey() {
		Set<String> keyFields = new LinkedHashSet<>();
		for (String key : this.mapping.key()) {
			List<String> fields = this.mapping.columns()
				.stream()
				.filter((column) -> column.column().equals(key))
				.map(ColumnMapping::field)
				.toList();
			if (fields.isEmpty()) {
				throw this.errors.invalid("key column '" + key + "' is not mapped to any field");
			}
			keyFields.addAll(fields);
		}
		// A constant identity field is the same on every row (e.g. the series of a file holding one series), so the
		// key columns identify rows within it.
		keyFields.addAll(this.mapping.constants().keySet());
		if (!keyFields.containsAll(this.mapping.target().identity())) {
			throw this.errors.invalid("key columns " + this.mapping.key() + " must fill the identity fields "
					+ this.mapping.target().identity() + " of target " + this.mapping.target().mappingName());
		}
	}

}
