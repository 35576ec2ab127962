package io.keystonebi.reports.rows;

import java.util.Objects;

import io.keystonebi.reports.panels.Panel;

/**
 * The first rows behind a chart's point, and how many there are in all.
 *
 * @param table the rows as a {@code TABLE} panel whose id is the row set's code, newest first
 * @param total how many rows match, of which the table holds at most {@code limit}
 * @param limit the most rows the table may hold
 */
public record RowsPage(Panel table, long total, int limit) {

	public RowsPage {
		Objects.requireNonNull(table, "table");
	}

	/** @return whether some matching rows are not in the table */
	public boolean truncated() {
		return this.total > this.table.rows().size();
	}

}
