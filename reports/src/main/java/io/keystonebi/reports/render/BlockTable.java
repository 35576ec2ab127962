package io.keystonebi.reports.render;

import java.util.List;
import java.util.stream.IntStream;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/**
 * A block's table as a reader sees it: its columns without the ids (those are for drills and files, never shown),
 * and which of them are the figures.
 *
 * @param columns the shown columns' positions in the panel, in order
 * @param panel the block's panel
 */
record BlockTable(int[] columns, Panel panel) {

	static BlockTable of(Panel panel) {
		int[] shown = IntStream.range(0, panel.columns().size())
			.filter((i) -> panel.columns().get(i).unit() != Unit.ID)
			.toArray();
		return new BlockTable(shown, panel);
	}

	/** @return the shown columns */
	List<Column> shown() {
		return IntStream.of(this.columns).mapToObj(this.panel.columns()::get).toList();
	}

	/** @return the position, in the panel, of the first shown column: what a chart's categories are */
	int category() {
		return this.columns[0];
	}

	/**
	 * @return the positions of the figures a chart draws: the numeric columns after the category that share the
	 * first one's unit, so amounts and counts never share an axis
	 */
	int[] measures() {
		int first = -1;
		Unit unit = null;
		for (int i : this.columns) {
			Unit candidate = this.panel.columns().get(i).unit();
			if (i != category() && Figures.numeric(candidate)) {
				first = i;
				unit = candidate;
				break;
			}
		}
		if (first < 0) {
			return new int[0];
		}
		Unit shared = unit;
		return IntStream.of(this.columns)
			.filter((i) -> i != category() && this.panel.columns().get(i).unit() == shared)
			.toArray();
	}

}
