package io.keystonebi.api.webhooks;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A delivery without a signature, or with one no configured key verifies; nothing is stored. */
final class WebhookSignatureRejectedException extends ApiException {

	WebhookSignatureRejectedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, "Webhook signature not valid", detail);
	}

}
