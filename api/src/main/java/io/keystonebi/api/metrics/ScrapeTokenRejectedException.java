package io.keystonebi.api.metrics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A metrics scrape without the configured token, or with another one. */
final class ScrapeTokenRejectedException extends ApiException {

	ScrapeTokenRejectedException(String path) {
		super(HttpStatus.UNAUTHORIZED, "Scrape token required",
				path + " answers only requests with Authorization: Bearer <bi.api.metrics.scrape-token>.");
	}

	@Override
	protected HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
		return headers;
	}

}
