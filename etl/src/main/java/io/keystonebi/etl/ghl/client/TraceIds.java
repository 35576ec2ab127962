package io.keystonebi.etl.ghl.client;

import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GHL's {@code traceId} of a response (quote it to GHL support). The documentation puts it in the error
 * body; the header names are what other clients read, tried in case the body has none.
 */
final class TraceIds {

	private static final List<String> HEADERS = List.of("traceId", "x-trace-id", "x-request-id");

	private TraceIds() {
	}

	static String of(HttpResponse<String> response, JsonMapper json) {
		String body = response.body();
		if (body != null && body.startsWith("{")) {
			try {
				JsonNode node = json.readTree(body).path("traceId");
				if (node.isString() && !node.asString().isBlank()) {
					return node.asString();
				}
			}
			catch (JacksonException ex) {
				// Not JSON after all (a proxy's error page); fall back to the headers.
			}
		}
		for (String header : HEADERS) {
			var value = response.headers().firstValue(header);
			if (value.isPresent()) {
				return value.get();
			}
		}
		return "none";
	}

	/** @return GHL's error message ({@code message}: a string, or an array of strings on 422), or the status */
	static String message(HttpResponse<String> response, JsonMapper json) {
		try {
			JsonNode message = json.readTree(response.body()).path("message");
			if (message.isArray()) {
				return String.join("; ", message.valueStream().map(JsonNode::asString).toList());
			}
			if (message.isString()) {
				return message.asString();
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// No JSON body: the status says it all.
		}
		return "no message";
	}

}
