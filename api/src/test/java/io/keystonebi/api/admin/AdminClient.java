package io.keystonebi.api.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to the running application with one {@code Authorization} header, answers read as they come. */
final class AdminClient {

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	AdminClient(int port, String authorization) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = authorization;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST((json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** @return the body of a call that must answer with the status; fails the test with the body otherwise */
	static JsonNode expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new AssertionError(response.request().method() + " " + response.request().uri() + ": expected "
					+ status + " but got " + response.statusCode() + ": " + response.body());
		}
		return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		try {
			return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(built.method() + " " + built.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
