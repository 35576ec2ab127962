package io.keystonebi.etl.imports.mapping;

/**
 * A cell cannot become its field's value; the row is quarantined with this message. Thrown once per bad row,
 * so it carries no stack trace.
 */
public final class InvalidValueException extends Exception {

	public InvalidValueException(String message) {
		super(message, null, false, false);
	}

}
