package io.keystonebi.etl.ghl.client;

/** A stored token cannot be decrypted with the configured keys, or no key is configured. */
public final class GhlTokenUnreadableException extends GhlException {

	GhlTokenUnreadableException(String message) {
		super(message);
	}

	GhlTokenUnreadableException(String message, Throwable cause) {
		super(message, cause);
	}

}
