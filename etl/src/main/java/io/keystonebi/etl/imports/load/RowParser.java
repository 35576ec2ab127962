package io.keystonebi.etl.imports.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.keystonebi.etl.imports.mapping.ColumnRule;
import io.keystonebi.etl.imports.mapping.InvalidValueException;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.read.SourceHeader;
import io.keystonebi.etl.imports.read.SourceRow;

/**
 * Applies a mapping to each row: column rules, constants, required checks and, when the mapping belongs to a
 * rebase group, the date shift. Never throws for bad data: a bad row comes back rejected.
 */
public final class RowParser implements ItemProcessor<SourceRow, ParsedRow> {

	private final List<ColumnRule> rules;

	private final Object[] constants;

	private final long shiftDays;

	private SourceHeader header;

	private int[] cellIndexes;

	private int[] fieldIndexes;

	/**
	 * @param mapping the mapping to apply
	 * @param rebaseDays days added to every date when the mapping has a rebase group (0: none)
	 */
	public RowParser(Mapping mapping, long rebaseDays) {
		this.rules = mapping.rules();
		this.constants = mapping.constantRow();
		this.shiftDays = (mapping.rebase() != null) ? rebaseDays : 0;
		this.fieldIndexes = this.rules.stream().mapToInt((rule) -> mapping.target().indexOf(rule.field().name())).toArray();
	}

	@Override
	public ParsedRow process(SourceRow row) {
		if (row.header() != this.header) {
			this.header = row.header();
			this.cellIndexes = this.rules.stream().mapToInt((rule) -> row.header().indexOf(rule.column())).toArray();
		}
		if (row.cells().length > this.header.columns().size()) {
			return ParsedRow.rejected(row, "row has " + row.cells().length + " cells but the header has "
					+ this.header.columns().size() + " columns");
		}
		Object[] values = this.constants.clone();
		for (int i = 0; i < this.rules.size(); i++) {
			ColumnRule rule = this.rules.get(i);
			Object value;
			try {
				value = rule.apply(row.cell(this.cellIndexes[i]));
			}
			catch (InvalidValueException ex) {
				return ParsedRow.rejected(row, "column '" + rule.column() + "': " + ex.getMessage());
			}
			if (value == null && rule.required()) {
				return ParsedRow.rejected(row, "column '" + rule.column() + "': missing required value");
			}
			values[this.fieldIndexes[i]] = value;
		}
		if (this.shiftDays != 0) {
			shift(values);
		}
		return ParsedRow.valid(row, values);
	}

	private void shift(Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof LocalDate date) {
				values[i] = date.plusDays(this.shiftDays);
			}
			else if (values[i] instanceof LocalDateTime dateTime) {
				values[i] = dateTime.plusDays(this.shiftDays);
			}
		}
	}

}
