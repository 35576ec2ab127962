package io.keystonebi.api.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over HTTP and reads JSON with exact decimals. */
final class SummaryClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	SummaryClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String pathAndQuery) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during GET " + pathAndQuery, ex);
		}
	}

	JsonNode summary(String query) {
		HttpResponse<String> response = get("/api/v1/dashboard/summary?" + query);
		if (response.statusCode() != 200) {
			throw new AssertionError("Expected 200 for " + query + " but got " + response.statusCode() + ": "
					+ response.body());
		}
		return JSON.readTree(response.body());
	}

	static JsonNode parse(String body) {
		return JSON.readTree(body);
	}

}
