package io.keystonebi.etl.imports;

/** The import names no location, or one the warehouse does not have. */
public final class LocationNotFoundException extends ImportException {

	public LocationNotFoundException(String message) {
		super(message);
	}

}
