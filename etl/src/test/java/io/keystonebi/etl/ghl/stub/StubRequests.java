package io.keystonebi.etl.ghl.stub;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads requests into {@link StubCall}s and writes GHL's rate-limit headers. */
final class StubRequests {

	private StubRequests() {
	}

	static StubCall read(HttpExchange exchange, JsonMapper json, StubTokens tokens) throws IOException {
		Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
		String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		JsonNode body = json.missingNode();
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			query.putAll(decode(text));
		}
		else if (!text.isBlank()) {
			body = json.readTree(text);
		}
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String token = (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7) : null;
		StubTokens.Grant grant = tokens.accessGrant(token);
		return new StubCall(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, body,
				exchange.getRequestHeaders().getFirst("Version"), (grant != null) ? grant.locationId() : null,
				(grant != null) ? grant.companyId() : null);
	}

	static void rateHeaders(HttpExchange exchange, StubRateLimiter limiter, String bucket, int remaining) {
		Headers headers = exchange.getResponseHeaders();
		headers.set("X-RateLimit-Max", Integer.toString(limiter.limit()));
		headers.set("X-RateLimit-Remaining", Integer.toString(Math.max(0, remaining)));
		headers.set("X-RateLimit-Interval-Milliseconds", Long.toString(limiter.windowMillis()));
		headers.set("X-RateLimit-Limit-Daily", Integer.toString(limiter.dailyLimit()));
		headers.set("X-RateLimit-Daily-Remaining", Integer.toString(limiter.dailyRemaining(bucket)));
	}

	private static Map<String, String> decode(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return values;
	}

}
