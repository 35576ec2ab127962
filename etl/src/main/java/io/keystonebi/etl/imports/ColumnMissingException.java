package io.keystonebi.etl.imports;

/** A column the mapping names is not in the file's header; nothing was loaded. */
public final class ColumnMissingException extends ImportException {

	public ColumnMissingException(String message) {
		super(message);
	}

}
