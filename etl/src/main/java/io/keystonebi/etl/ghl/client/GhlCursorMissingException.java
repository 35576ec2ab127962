package io.keystonebi.etl.ghl.client;

/** A full search page came back without any searchAfter cursor, so the next page cannot be asked for. */
public final class GhlCursorMissingException extends GhlException {

	GhlCursorMissingException(String message) {
		super(message);
	}

	GhlCursorMissingException(String message, Throwable cause) {
		super(message, cause);
	}

}
