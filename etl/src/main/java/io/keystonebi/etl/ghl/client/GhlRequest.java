package io.keystonebi.etl.ghl.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One API call: method, path, query, optional body (JSON or form) and the service's {@code Version}.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path below the base URL, starting with {@code /}
 * @param query query parameters in order; null values are left out
 * @param body the request body, or null
 * @param contentType the body's media type, or null without a body
 * @param version the {@code Version} header
 */
record GhlRequest(String method, String path, Map<String, String> query, String body, String contentType,
		ApiVersion version) {

	static GhlRequest get(String path, ApiVersion version, Map<String, ?> query) {
		return new GhlRequest("GET", path, strings(query), null, null, version);
	}

	static GhlRequest postJson(String path, ApiVersion version, String json) {
		return new GhlRequest("POST", path, Map.of(), json, "application/json", version);
	}

	static GhlRequest postForm(String path, ApiVersion version, Map<String, ?> form) {
		return new GhlRequest("POST", path, Map.of(), encode(strings(form)), "application/x-www-form-urlencoded",
				version);
	}

	/** @return the path and query as sent, e.g. {@code /calendars/events?locationId=...} */
	String target() {
		return this.query.isEmpty() ? this.path : this.path + "?" + encode(this.query);
	}

	/** @return how errors and logs name the request (method and path; the query may carry personal data) */
	String describe() {
		return this.method + " " + this.path;
	}

	private static Map<String, String> strings(Map<String, ?> values) {
		Map<String, String> result = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null) {
				result.put(name, value.toString());
			}
		});
		return result;
	}

	private static String encode(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
