package io.keystonebi.etl.ghl.client;

/** GHL kept answering 429 or 5xx, or could not be reached, through every allowed attempt. */
public final class GhlRetriesExhaustedException extends GhlException {

	GhlRetriesExhaustedException(String message) {
		super(message);
	}

	GhlRetriesExhaustedException(String message, Throwable cause) {
		super(message, cause);
	}

}
