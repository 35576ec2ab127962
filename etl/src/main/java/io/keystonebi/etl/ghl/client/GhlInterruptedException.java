package io.keystonebi.etl.ghl.client;

/** The thread was interrupted while waiting for a rate permit or a back-off; the request was not completed. */
public final class GhlInterruptedException extends GhlException {

	GhlInterruptedException(String message) {
		super(message);
	}

	GhlInterruptedException(String message, Throwable cause) {
		super(message, cause);
	}

}
