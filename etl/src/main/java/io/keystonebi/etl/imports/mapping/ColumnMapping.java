package io.keystonebi.etl.imports.mapping;

import java.util.Map;
import java.util.Set;

/**
 * How one file column fills one target field. A column may fill several fields (one entry each).
 *
 * @param column the header of the file column
 * @param field the target field
 * @param format a date pattern ({@code java.time} syntax) for date and timestamp fields, or null for ISO
 * @param values a strict value map: a value not in it is quarantined (e.g. deal stage to status)
 * @param rename a lenient value map: listed values are replaced, others kept (e.g. spelling fixes)
 * @param defaultValue the value used when the cell is empty, or null
 * @param nulls cell values that mean "no value" (e.g. {@code 0} for a year never renovated)
 * @param required whether an empty cell quarantines the row even if the target allows it
 */
public record ColumnMapping(String column, String field, String format, Map<String, String> values,
		Map<String, String> rename, String defaultValue, Set<String> nulls, boolean required) {
}
