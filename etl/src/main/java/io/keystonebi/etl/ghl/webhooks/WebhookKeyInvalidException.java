package io.keystonebi.etl.ghl.webhooks;

import io.keystonebi.etl.EtlException;

/** A configured webhook public key cannot be read; the message names the property and the key's position. */
public final class WebhookKeyInvalidException extends EtlException {

	WebhookKeyInvalidException(String message) {
		super(message);
	}

	WebhookKeyInvalidException(String message, Throwable cause) {
		super(message, cause);
	}

}
