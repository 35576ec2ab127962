package io.keystonebi.etl.ghl.webhooks;

import io.keystonebi.etl.EtlException;

/** A stored webhook event carries a value the warehouse cannot take; the message names the field and value. */
public final class WebhookEventInvalidException extends EtlException {

	WebhookEventInvalidException(String message) {
		super(message);
	}

	WebhookEventInvalidException(String message, Throwable cause) {
		super(message, cause);
	}

}
