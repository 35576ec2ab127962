package io.keystonebi.etl.ghl.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests to GHL: takes a rate permit, sets {@code Authorization} and {@code Version}, retries 429,
 * 5xx and unreachable with back-off, and answers a 401 with one token refresh and one retry.
 */
final class GhlTransport {

	private static final Logger logger = LoggerFactory.getLogger(GhlTransport.class);

	private final HttpClient http;

	private final String baseUrl;

	private final Duration timeout;

	private final int maxAttempts;

	private final Backoff backoff;

	private final JsonMapper json;

	GhlTransport(HttpClient http, URI baseUrl, Duration timeout, int maxAttempts, Backoff backoff, JsonMapper json) {
		this.http = http;
		// Kept as text without a trailing slash so a base URL with a path (a proxy's prefix) keeps it.
		this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
		this.timeout = timeout;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.backoff = backoff;
		this.json = json;
	}

	JsonMapper json() {
		return this.json;
	}

	/**
	 * @param budget the location's budget, or null for calls outside any location's allowance (token exchange)
	 * @param authorizer the bearer token's source, or null for none
	 */
	JsonNode send(GhlRequest request, RateBudget budget, Authorizer authorizer) {
		boolean refreshed = false;
		String token = (authorizer != null) ? authorizer.token() : null;
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = exchange(request, token, budget, attempt);
			if (response == null) {
				continue;
			}
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return parse(response.body());
			}
			String traceId = TraceIds.of(response, this.json);
			String failure = request.describe() + " answered " + status + " (traceId " + traceId + ")";
			logger.warn("GHL {}: {}, attempt {} of {}", failure, TraceIds.message(response, this.json), attempt,
					this.maxAttempts);
			if (status == 401 && authorizer != null && !refreshed) {
				refreshed = true;
				token = authorizer.refreshAfterRejection(token, request.describe());
				attempt--; // the refresh retry is not one of the back-off attempts
				continue;
			}
			if (status == 401) {
				throw new GhlUnauthorizedException(failure + " after a token refresh");
			}
			if (status != 429 && status < 500) {
				throw new GhlRequestFailedException(failure + ": " + TraceIds.message(response, this.json));
			}
			if (attempt >= this.maxAttempts) {
				throw new GhlRetriesExhaustedException(failure + "; gave up after " + attempt + " attempts");
			}
			pause(this.backoff.delay(attempt), request);
		}
	}

	/** @return the response, or null after an I/O failure that is worth another attempt */
	private HttpResponse<String> exchange(GhlRequest request, String token, RateBudget budget, int attempt) {
		RateBudget.Permit permit = (budget != null) ? budget.acquire() : null;
		try {
			HttpResponse<String> response = this.http.send(build(request, token), HttpResponse.BodyHandlers.ofString());
			if (budget != null) {
				budget.observe(permit, RateLimitHeaders.of(response.headers()), response.statusCode() == 429);
			}
			return response;
		}
		catch (IOException ex) {
			logger.warn("GHL {} failed: {}, attempt {} of {}", request.describe(), ex.toString(), attempt,
					this.maxAttempts);
			if (attempt >= this.maxAttempts) {
				throw new GhlRetriesExhaustedException(request.describe() + " could not reach GHL; gave up after "
						+ attempt + " attempts", ex);
			}
			pause(this.backoff.delay(attempt), request);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GhlInterruptedException(request.describe() + " was interrupted", ex);
		}
		finally {
			if (permit != null) {
				budget.release(permit);
			}
		}
	}

	private HttpRequest build(GhlRequest request, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + request.target()))
			.timeout(this.timeout)
			.header("Accept", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (request.version().header() != null) {
			builder.header("Version", request.version().header());
		}
		if (request.body() != null) {
			builder.header("Content-Type", request.contentType());
			return builder.POST(HttpRequest.BodyPublishers.ofString(request.body())).build();
		}
		return builder.method(request.method(), HttpRequest.BodyPublishers.noBody()).build();
	}

	private JsonNode parse(String body) {
		return (body == null || body.isBlank()) ? this.json.missingNode() : this.json.readTree(body);
	}

	private static void pause(Duration delay, GhlRequest request) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GhlInterruptedException(request.describe() + " was interrupted while backing off", ex);
		}
	}

}
