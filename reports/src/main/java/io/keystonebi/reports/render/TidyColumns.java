package io.keystonebi.reports.render;

import java.util.ArrayList;
import java.util.List;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.panels.Panel;

/**
 * Which of a block's columns say what a row is (the dimension's key and label: ids, text, days, months) and which
 * are its metrics (the numbers), for files that write one line per row and metric.
 */
final class TidyColumns {

	private TidyColumns() {
	}

	/** @return the positions of the non-numeric columns, in order: the first is the key, the second the label */
	static List<Integer> dimensionColumns(Panel panel) {
		List<Integer> keys = new ArrayList<>();
		for (int i = 0; i < panel.columns().size(); i++) {
			if (!Figures.numeric(panel.columns().get(i).unit())) {
				keys.add(i);
			}
		}
		return keys;
	}

	/**
	 * @param panel a block's panel
	 * @param keys its dimension columns
	 * @return the dimension's code when a column names one ({@code agent_id} is the agent's), else the key column's
	 * name, or {@code total} for a block without a breakdown
	 */
	static String dimension(Panel panel, List<Integer> keys) {
		for (int i : keys) {
			String key = panel.columns().get(i).key();
			for (Dimension dimension : Dimension.values()) {
				if (key.equals(dimension.code()) || key.equals(dimension.code() + "_id")) {
					return dimension.code();
				}
			}
		}
		return keys.isEmpty() ? "total" : panel.columns().get(keys.get(0)).key();
	}

}
