package io.keystonebi.etl.ghl.mapping;

import io.keystonebi.etl.EtlException;

/** A GHL record has a value of the wrong kind, or lacks one every row needs; the message names the field. */
public final class GhlMappingException extends EtlException {

	GhlMappingException(String message, Throwable cause) {
		super(message, cause);
	}

	GhlMappingException(String message) {
		super(message);
	}

}
