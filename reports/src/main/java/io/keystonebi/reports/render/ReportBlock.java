package io.keystonebi.reports.render;

import java.util.Objects;
import java.util.Set;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Panel;

/**
 * One computed block of a report.
 *
 * @param title what a person reads above it
 * @param view how it is shown; its panel's columns follow the view (see {@link BlockView})
 * @param panel its figures: the columns (with units) and rows every format shows
 * @param lowerIsBetter the keys of the columns whose fall is good news (speed to lead, cost per lead, no-show
 * rate), so a change is coloured by what it means rather than by its sign
 */
public record ReportBlock(String title, BlockView view, Panel panel, Set<String> lowerIsBetter) {

	public ReportBlock {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(panel, "panel");
		lowerIsBetter = (lowerIsBetter != null) ? Set.copyOf(lowerIsBetter) : Set.of();
	}

	/** A block whose every rise is good news. */
	public ReportBlock(String title, BlockView view, Panel panel) {
		this(title, view, panel, Set.of());
	}

}
