package io.keystonebi.etl.ghl.client;

/** The location has used its daily request allowance; syncing it again must wait for the next day. */
public final class GhlDailyLimitReachedException extends GhlException {

	GhlDailyLimitReachedException(String message) {
		super(message);
	}

	GhlDailyLimitReachedException(String message, Throwable cause) {
		super(message, cause);
	}

}
