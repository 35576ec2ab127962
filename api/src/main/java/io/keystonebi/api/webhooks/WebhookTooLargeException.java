package io.keystonebi.api.webhooks;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A delivery larger than {@code bi.etl.ghl.webhooks.max-body-size}; nothing is stored. */
final class WebhookTooLargeException extends ApiException {

	WebhookTooLargeException(String detail) {
		super(HttpStatus.CONTENT_TOO_LARGE, "Webhook too large", detail);
	}

}
