package io.keystonebi.etl.imports.mapping;

import java.util.List;
import java.util.Map;

import io.keystonebi.etl.imports.targets.Field;
import io.keystonebi.etl.imports.targets.Target;

/**
 * A parsed column mapping: which file columns fill which fields of a target, and how.
 *
 * @param name the mapping's name (its file name without extension)
 * @param target what the rows become
 * @param location the location rows belong to, or null when the import names it
 * @param key the file columns that identify a row; they fill the target's identity fields
 * @param columns the column rules, in file order of appearance in the mapping
 * @param constants fields that get the same value on every row, by field name
 * @param rebase the date-rebase group, or null when dates are never shifted
 * @param pipeline the pipeline and its stages (opportunities only), or null
 */
public record Mapping(String name, Target target, LocationSpec location, List<String> key, List<ColumnMapping> columns,
		Map<String, String> constants, String rebase, PipelineSpec pipeline) {

	/** @return the distinct file columns the mapping reads */
	public List<String> fileColumns() {
		return this.columns.stream().map(ColumnMapping::column).distinct().toList();
	}

	/** @return the compiled rules of the columns, in mapping order */
	public List<ColumnRule> rules() {
		return this.columns.stream().map((column) -> new ColumnRule(column, fieldOf(column.field()))).toList();
	}

	/** @return a row of the target's width holding the constants' values and nulls elsewhere */
	public Object[] constantRow() {
		Object[] row = new Object[this.target.fields().size()];
		this.constants.forEach((field, value) -> {
			try {
				row[this.target.indexOf(field)] = new ColumnRule(MappingChecks.constantColumn(field, value), fieldOf(field))
					.apply(value);
			}
			catch (InvalidValueException ex) {
				// MappingChecks rejected such a mapping when it was parsed.
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
		return row;
	}

	private Field fieldOf(String name) {
		return this.target.fields().get(this.target.indexOf(name));
	}

	/** @return the file column that fills a field, or {@code constant} when a constant does */
	public String sourceOf(String field) {
		return this.columns.stream()
			.filter((column) -> column.field().equals(field))
			.map(ColumnMapping::column)
			.findFirst()
			.orElse("constant");
	}

}
