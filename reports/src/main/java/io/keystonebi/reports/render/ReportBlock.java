package io.keystonebi.reports.render;

import java.util.Objects;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Panel;

/**
 * One computed block of a report.
 *
 * @param title what a person reads above it
 * @param view how it is shown; its panel's columns follow the view (see {@link BlockView})
 * @param panel its figures: the columns (with units) and rows every format shows
 */
public record ReportBlock(String title, BlockView view, Panel panel) {

	public ReportBlock {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(panel, "panel");
	}

}
