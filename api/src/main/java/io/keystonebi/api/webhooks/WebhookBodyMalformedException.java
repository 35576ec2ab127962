package io.keystonebi.api.webhooks;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A signed delivery whose body is not a JSON object; nothing is stored. */
final class WebhookBodyMalformedException extends ApiException {

	WebhookBodyMalformedException(String detail) {
		super(HttpStatus.BAD_REQUEST, "Webhook body not valid", detail);
	}

}
