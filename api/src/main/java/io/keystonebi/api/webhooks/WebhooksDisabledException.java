package io.keystonebi.api.webhooks;

import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** Webhook deliveries are switched off ({@code bi.etl.ghl.webhooks.enabled=false}). */
final class WebhooksDisabledException extends ApiException {

	WebhooksDisabledException(String detail) {
		super(HttpStatus.NOT_FOUND, "Webhooks disabled", detail);
	}

}
