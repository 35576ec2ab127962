package io.keystonebi.reports.panels;

import java.util.Arrays;

/** The kinds of rows a chart's point can be drilled into. */
public enum RowSet {

	/** Contacts that are leads, with their source, agent and whether they converted. */
	LEADS,

	/** Opportunities, with their stage, status, value, agent and dates. */
	DEALS,

	/** Market sales (property transactions outside the brokerage's own deals). */
	SALES;

	/** @return the name used in URLs, e.g. {@code deals} */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * @param code a name as in {@link #code()}
	 * @return the row set
	 * @throws IllegalArgumentException naming the value when no set has that name
	 */
	public static RowSet parse(String code) {
		return Arrays.stream(values()).filter((set) -> set.code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no row set is named '" + code + "'"));
	}

}
