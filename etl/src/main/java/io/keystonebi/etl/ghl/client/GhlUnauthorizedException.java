package io.keystonebi.etl.ghl.client;

/** GHL refused the location's token even after a refresh (or the token is a PIT, which cannot be refreshed). */
public final class GhlUnauthorizedException extends GhlException {

	GhlUnauthorizedException(String message) {
		super(message);
	}

	GhlUnauthorizedException(String message, Throwable cause) {
		super(message, cause);
	}

}
