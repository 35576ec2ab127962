package io.keystonebi.reports.panels;

/**
 * How a panel is drawn; the columns each needs are fixed, so any reader can draw any panel. "Category" is the
 * first column; "measures" are the numeric columns after it.
 */
public enum ChartType {

	/** Vertical bars: a category, then one bar series per measure. */
	BAR,

	/** Horizontal bars, for long names (agents, sources): a category, then one series per measure. */
	HBAR,

	/** Stacked vertical bars: a category (e.g. month), a series name (e.g. source), one value. */
	STACKED_BAR,

	/** Lines over time: a date or month, then one line per measure. */
	LINE,

	/** A funnel: a stage, then its count, stages in order. */
	FUNNEL,

	/** Flows: from, to, value. */
	SANKEY,

	/** A grid of cells: a column label, a row label, a value. */
	HEATMAP,

	/** Points on a plane by longitude and latitude: a label, longitude, latitude, value. */
	MAP,

	/** No chart: the table is the panel (e.g. a skill matrix, or drill rows). */
	TABLE

}
