package io.keystonebi.api.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's OpenAPI document as the running application serves it at {@code /v3/api-docs}. */
final class ApiDocument {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private final JsonNode root;

	ApiDocument(JsonNode root) {
		this.root = root;
	}

	/**
	 * @param port the application's port
	 * @param authorization the {@code Authorization} value of an administrator
	 * @return the document; fails the test unless it is served with 200
	 */
	static ApiDocument fetch(int port, String authorization) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
			.header("Authorization", authorization)
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request,
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError("/v3/api-docs answered " + response.statusCode() + ": " + response.body());
			}
			return new ApiDocument(JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not fetch /v3/api-docs", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	JsonNode root() {
		return this.root;
	}

	/** @return every operation, in the document's order */
	List<ApiOperation> operations() {
		List<ApiOperation> operations = new ArrayList<>();
		this.root.path("paths").forEachEntry((path, item) -> item.forEachEntry((method, operation) -> {
			if (METHODS.contains(method)) {
				operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path, operation));
			}
		}));
		return operations;
	}

	/** @return the schema itself, or the one its {@code $ref} names */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#/components/schemas/")) {
				throw new AssertionError("Only local schema references are expected, not " + ref);
			}
			current = this.root.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
			if (current.isMissingNode()) {
				throw new AssertionError("The document has no schema " + ref);
			}
		}
		return current;
	}

	/** @return the {@code example}, or the value of the first of the {@code examples}, of a parameter or media type */
	static Optional<JsonNode> example(JsonNode node) {
		if (node.has("example")) {
			return Optional.of(node.get("example"));
		}
		for (JsonNode example : node.path("examples")) {
			return Optional.of(example.path("value"));
		}
		return Optional.empty();
	}

}
