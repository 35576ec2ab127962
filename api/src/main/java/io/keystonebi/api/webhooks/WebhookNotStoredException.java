package io.keystonebi.api.webhooks;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A verified delivery the inbox could not store; 429 is the one answer after which GHL sends it again. */
final class WebhookNotStoredException extends ApiException {

	WebhookNotStoredException(String detail) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Webhook not stored", detail);
	}

}
