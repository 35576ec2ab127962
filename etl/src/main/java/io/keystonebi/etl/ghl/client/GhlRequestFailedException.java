package io.keystonebi.etl.ghl.client;

/** GHL refused a request for a reason a retry cannot fix (a 4xx other than 401 and 429). */
public final class GhlRequestFailedException extends GhlException {

	GhlRequestFailedException(String message) {
		super(message);
	}

	GhlRequestFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
