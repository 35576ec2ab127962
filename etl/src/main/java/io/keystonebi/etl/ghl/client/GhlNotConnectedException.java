package io.keystonebi.etl.ghl.client;

/** The location has no GHL connection (no token stored), or the OAuth app settings are missing. */
public final class GhlNotConnectedException extends GhlException {

	GhlNotConnectedException(String message) {
		super(message);
	}

	GhlNotConnectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
