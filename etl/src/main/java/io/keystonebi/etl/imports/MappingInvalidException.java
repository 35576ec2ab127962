package io.keystonebi.etl.imports;

/** A column mapping file is not valid: an unknown key, target, field or value. */
public final class MappingInvalidException extends ImportException {

	public MappingInvalidException(String message) {
		super(message);
	}

}
