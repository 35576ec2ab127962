package io.keystonebi.etl.imports;

/** No import run has the given id. */
public final class ImportRunNotFoundException extends ImportException {

	public ImportRunNotFoundException(String message) {
		super(message);
	}

}
