package io.keystonebi.etl.ghl.webhooks;

import io.keystonebi.etl.EtlException;

/** A verified webhook delivery could not be stored (the database is down or refused it); GHL should send it again. */
public final class WebhookInboxUnavailableException extends EtlException {

	WebhookInboxUnavailableException(String message) {
		super(message);
	}

	WebhookInboxUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
