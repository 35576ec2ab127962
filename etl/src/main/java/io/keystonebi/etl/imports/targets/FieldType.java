package io.keystonebi.etl.imports.targets;

/** The kinds of value a target field holds; each matches one column type of the target's staging table. */
public enum FieldType {

	/** Free text, trimmed. */
	TEXT,
	/** A whole number. */
	INTEGER,
	/** A decimal number with a dot as the decimal separator. */
	DECIMAL,
	/** A calendar day. */
	DATE,
	/** A calendar month, written as {@code yyyy-MM} or as any of its days; its value is the month's first day. */
	MONTH,
	/** A local date and time, read in the location's time zone; a day alone means its midnight. */
	TIMESTAMP,
	/** true/false, yes/no, y/n or 1/0. */
	BOOLEAN

}
