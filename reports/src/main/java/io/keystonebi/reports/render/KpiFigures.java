package io.keystonebi.reports.render;

import java.util.ArrayList;
import java.util.List;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/**
 * A KPI block's headline figures: its panel holds a {@code period} column ({@code current} or {@code previous})
 * and a column per metric, a row per period.
 */
final class KpiFigures {

	private KpiFigures() {
	}

	/**
	 * One headline figure.
	 *
	 * @param column the metric's column
	 * @param current the period's value, or null
	 * @param previous the comparison period's value, or null
	 */
	record Figure(Column column, Object current, Object previous) {
	}

	/** @return the block's figures, in column order; none when it has no rows */
	static List<Figure> of(Panel panel) {
		List<Object> current = row(panel, "current", 0);
		List<Object> previous = row(panel, "previous", 1);
		List<Figure> figures = new ArrayList<>();
		if (current == null) {
			return figures;
		}
		for (int i = 0; i < panel.columns().size(); i++) {
			Column column = panel.columns().get(i);
			if (Figures.numeric(column.unit()) && column.unit() != Unit.ID) {
				figures.add(new Figure(column, current.get(i), (previous != null) ? previous.get(i) : null));
			}
		}
		return figures;
	}

	/** @return the row whose period column says {@code period}, else the row at {@code fallback}, else null */
	static List<Object> row(Panel panel, String period, int fallback) {
		int periodColumn = periodColumn(panel);
		if (periodColumn >= 0) {
			for (List<Object> row : panel.rows()) {
				if (period.equals(row.get(periodColumn))) {
					return row;
				}
			}
		}
		return (panel.rows().size() > fallback) ? panel.rows().get(fallback) : null;
	}

	private static int periodColumn(Panel panel) {
		for (int i = 0; i < panel.columns().size(); i++) {
			if ("period".equals(panel.columns().get(i).key())) {
				return i;
			}
		}
		return -1;
	}

}
