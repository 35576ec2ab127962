package io.keystonebi.reports.panels;

/** What a column's values are, so every reader formats them alike. Values travel as JSON numbers or strings. */
public enum Unit {

	/** Free text, e.g. an agent's or a source's name. */
	TEXT,

	/**
	 * A warehouse id that a drill filters by (an agent's, a stage's): kept in the table and CSV, never drawn, and
	 * shown by its neighbouring name column.
	 */
	ID,

	/** A day, {@code YYYY-MM-DD}. */
	DATE,

	/** A month, {@code YYYY-MM}. */
	MONTH,

	/** A whole number of things. */
	COUNT,

	/** An amount in the brokerage's currency. */
	MONEY,

	/** A percentage, 0 to 100, one decimal. */
	PERCENT,

	/** A number of days, one decimal. */
	DAYS,

	/** A number of minutes. */
	MINUTES,

	/** Any other number, e.g. square feet or a z-score. */
	NUMBER,

	/** A score from 0 to 100. */
	SCORE

}
