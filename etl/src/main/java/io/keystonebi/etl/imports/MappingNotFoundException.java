package io.keystonebi.etl.imports;

/** No column mapping has the given name or path. */
public final class MappingNotFoundException extends ImportException {

	public MappingNotFoundException(String message) {
		super(message);
	}

}
