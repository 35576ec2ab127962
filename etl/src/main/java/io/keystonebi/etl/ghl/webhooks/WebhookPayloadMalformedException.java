package io.keystonebi.etl.ghl.webhooks;

import io.keystonebi.etl.EtlException;

/** A webhook delivery is not a JSON object; the message says what is wrong with it. */
public final class WebhookPayloadMalformedException extends EtlException {

	WebhookPayloadMalformedException(String message) {
		super(message);
	}

	WebhookPayloadMalformedException(String message, Throwable cause) {
		super(message, cause);
	}

}
