package io.keystonebi.reports.definition;

import java.util.Locale;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** How a report block is shown: as figures, a table or a chart. Every block also exports its table. */
public enum BlockView {

	/**
	 * Headline figures without a breakdown: its panel has the columns {@code period} (text: {@code current} or
	 * {@code previous}) then one per metric, and two rows, the period's and the comparison period's.
	 */
	KPI,

	/** A table: the dimension's key and label columns, then one column per metric. */
	TABLE,

	/** Bars per dimension value, one series per metric. */
	BAR,

	/** Lines over a period dimension, one per metric. */
	LINE,

	/** Each dimension value's share of the first metric. */
	PIE;

	/** @return the name used in definitions, e.g. {@code bar} */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param code a view's code, any case
	 * @param parameter the field it came from, named in the error
	 * @return the view
	 */
	public static BlockView parse(String code, String parameter) {
		if (code != null) {
			for (BlockView view : values()) {
				if (view.code().equalsIgnoreCase(code.strip())) {
					return view;
				}
			}
		}
		throw new InvalidReportParameterException(parameter, String.valueOf(code),
				"expected one of kpi, table, bar, line, pie");
	}

}
