package io.keystonebi.api.reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;

/** Calls the reports API of the running application as one signed-in account. */
final class ReportsClient {

	/** Alice's and Ben's team in the fixture. */
	static final long TEAM = 1;

	static final String TEAM_FIXTURE = "/io/keystonebi/api/reports/ReportsClient/team.sql";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String bearer;

	private ReportsClient(int port, String bearer) {
		this.base = "http://127.0.0.1:" + port;
		this.bearer = bearer;
	}

	static ReportsClient as(ApplicationContext context, int port, Role role, Long agentUserId, Long teamId) {
		return new ReportsClient(port, TestSignIn.bearer(context, port, role, agentUserId, teamId));
	}

	HttpResponse<byte[]> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<byte[]> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<byte[]> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<byte[]> delete(String path) {
		return send(request(path).DELETE());
	}

	/** @return the JSON body of an answer that must have the status */
	static JsonNode json(HttpResponse<byte[]> response, int status) {
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != status) {
			throw new AssertionError("Expected " + status + " for " + response.uri() + " but got "
					+ response.statusCode() + ": " + body);
		}
		return JSON.readTree(body);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", this.bearer);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
