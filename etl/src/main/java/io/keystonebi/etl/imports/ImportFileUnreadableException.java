package io.keystonebi.etl.imports;

/** The file to import cannot be opened or is not a CSV or XLSX file. */
public final class ImportFileUnreadableException extends ImportException {

	public ImportFileUnreadableException(String message) {
		super(message);
	}

	public ImportFileUnreadableException(String message, Throwable cause) {
		super(message, cause);
	}

}
