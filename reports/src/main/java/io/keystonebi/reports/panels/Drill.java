package io.keystonebi.reports.panels;

import java.util.Map;
import java.util.Objects;

/**
 * Where the rows behind a panel's point are: a set of rows ({@link RowSet}) filtered by the panel's fixed filters
 * plus, for the point clicked, the values of some of its row's columns.
 *
 * @param rows which rows: leads, deals or market sales
 * @param filters filters every drill from this panel applies, e.g. {@code status=won}
 * @param byColumn for each column whose value becomes a filter, the filter's name, e.g. {@code source -> source}
 */
public record Drill(RowSet rows, Map<String, String> filters, Map<String, String> byColumn) {

	public Drill {
		Objects.requireNonNull(rows, "rows");
		filters = Map.copyOf(filters);
		byColumn = Map.copyOf(byColumn);
	}

}
