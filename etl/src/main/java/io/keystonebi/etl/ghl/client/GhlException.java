package io.keystonebi.etl.ghl.client;

import io.keystonebi.etl.EtlException;

/**
 * Base of the failures of the GoHighLevel client. Messages name the request (method, path, status, GHL's
 * traceId) and never a token.
 */
public abstract class GhlException extends EtlException {

	protected GhlException(String message) {
		super(message);
	}

	protected GhlException(String message, Throwable cause) {
		super(message, cause);
	}

}
