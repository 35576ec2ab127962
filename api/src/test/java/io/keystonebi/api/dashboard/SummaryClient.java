package io.keystonebi.api.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;

/** Calls the running application over HTTP and reads JSON with exact decimals. */
final class SummaryClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String bearer;

	private final String session;

	/**
	 * @param port the application's port
	 * @param bearer the {@code Authorization} value API calls send
	 * @param session the {@code Cookie} value page requests send
	 */
	SummaryClient(int port, String bearer, String session) {
		this.base = "http://127.0.0.1:" + port;
		this.bearer = bearer;
		this.session = session;
	}

	/** @return a client signed in as an executive, who sees the whole brokerage */
	static SummaryClient executive(ApplicationContext context, int port) {
		return new SummaryClient(port, TestSignIn.bearer(context, port, Role.EXECUTIVE, null, null),
				TestSignIn.session(context, port, Role.EXECUTIVE, null, null));
	}

	/** @return a client with an administrator's token, for the API and the actuator (no page session) */
	static SummaryClient admin(ApplicationContext context, int port) {
		return new SummaryClient(port, TestSignIn.admin(context, port), null);
	}

	HttpResponse<String> get(String pathAndQuery) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery));
		if (pathAndQuery.startsWith("/api/") || pathAndQuery.startsWith("/actuator/")) {
			request.header("Authorization", this.bearer);
		}
		else {
			request.header("Cookie", this.session);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

	/** @return the body of an answer that must be 200, read with exact decimals */
	static JsonNode json(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new AssertionError("Expected 200 for " + response.uri() + " but got " + response.statusCode() + ": "
					+ response.body());
		}
		return JSON.readTree(response.body());
	}

	static JsonNode parse(String body) {
		return JSON.readTree(body);
	}

}
