package io.keystonebi.etl.imports.load;

import io.keystonebi.etl.imports.read.SourceRow;

/**
 * A file row turned into target field values, or refused with a reason.
 *
 * @param source the row as read
 * @param values the field values in the target's field order; null when rejected
 * @param rejection why the row goes to quarantine, naming the column and the bad value; null when valid
 */
public record ParsedRow(SourceRow source, Object[] values, String rejection) {

	static ParsedRow valid(SourceRow source, Object[] values) {
		return new ParsedRow(source, values, null);
	}

	static ParsedRow rejected(SourceRow source, String rejection) {
		return new ParsedRow(source, null, rejection);
	}

	/** @return whether the row goes to quarantine */
	public boolean isRejected() {
		return this.rejection != null;
	}

}
