package io.keystonebi.api.ratelimit;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.keystonebi.api.web.ApiException;

/** A client used up one of its quotas; the answer says which and when to try again ({@code Retry-After}). */
final class RateLimitExceededException extends ApiException {

	private final Decision decision;

	RateLimitExceededException(Decision decision) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail(decision));
		this.decision = decision;
	}

	private static String detail(Decision decision) {
		Quota quota = decision.quota();
		String what = "costly".equals(quota.kind()) ? "costly requests (reports, forecasts, simulations)" : "requests";
		return "At most " + quota.limit() + " " + what + " per minute are allowed (" + quota.property()
				+ "); retry in " + decision.resetSeconds() + " s.";
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("limit", this.decision.quota().limit(), "kind", this.decision.quota().kind());
	}

	@Override
	protected HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.decision.resetSeconds()));
		return headers;
	}

}
