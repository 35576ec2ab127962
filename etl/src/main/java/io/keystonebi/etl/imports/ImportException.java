package io.keystonebi.etl.imports;

import io.keystonebi.etl.EtlException;

/** Base of the failures of a spreadsheet import; each message names the offending file, column or value. */
public abstract class ImportException extends EtlException {

	protected ImportException(String message) {
		super(message);
	}

	protected ImportException(String message, Throwable cause) {
		super(message, cause);
	}

}
