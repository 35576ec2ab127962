package io.keystonebi.api.openapi;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * Builds a valid-looking request for an operation from the examples in the API document: path parameters from
 * their examples (an object outside the caller's scope for a {@code x-scoped-object}; one that does not exist
 * when the call would change something), required query parameters and every header from their examples, the
 * body from its example. Optional query parameters stay out, as some exclude others (a summary's range and its
 * dates). Fails the test where the document gives no example.
 */
final class ProbeRequests {

	private static final String MISSING_NUMBER = "987654321";

	private final String base;

	private final ApiDocument document;

	private final BiFunction<String, MatrixCaller, Optional<Long>> foreign;

	/**
	 * @param port the application's port
	 * @param document its API document
	 * @param foreign finds the id of an object of a kind outside a caller's scope ({@link ForeignObjects})
	 */
	ProbeRequests(int port, ApiDocument document, BiFunction<String, MatrixCaller, Optional<Long>> foreign) {
		this.base = "http://127.0.0.1:" + port;
		this.document = document;
		this.foreign = foreign;
	}

	/**
	 * @param operation what to call
	 * @param caller who calls
	 * @param authorization their {@code Authorization} value, or null
	 * @return the request
	 */
	HttpRequest build(ApiOperation operation, MatrixCaller caller, String authorization) {
		String path = operation.path();
		List<String> query = new ArrayList<>();
		HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept", accepted(operation));
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			String example = text(ApiDocument.example(parameter).orElseThrow(() -> new AssertionError(
					operation.name() + " gives no example of its parameter " + name)));
			switch (parameter.path("in").asString()) {
				case "path" -> path = path.replace("{" + name + "}", encode(pathValue(operation, parameter, caller,
						example)));
				case "query" -> {
					if (parameter.path("required").asBoolean(false)) {
						query.add(encode(name) + "=" + encode(example));
					}
				}
				case "header" -> request.header(name, example);
				default -> throw new AssertionError(operation.name() + " takes a parameter in "
						+ parameter.path("in") + ", which the role matrix cannot send");
			}
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		String target = this.base + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
		return request.uri(URI.create(target)).method(operation.method(), body(operation, request)).build();
	}

	// What the operation documents it answers with (a CSV export, an event stream), else JSON.
	private static String accepted(ApiOperation operation) {
		List<String> types = new ArrayList<>();
		operation.response(200).map((response) -> response.path("content")).ifPresent(
				(content) -> content.propertyNames().forEach(types::add));
		return types.isEmpty() ? "application/json" : String.join(", ", types) + ", application/problem+json";
	}

	private String pathValue(ApiOperation operation, JsonNode parameter, MatrixCaller caller, String example) {
		String name = parameter.path("name").asString();
		JsonNode scoped = operation.scopedObject().orElse(null);
		if (scoped != null && name.equals(scoped.path("parameter").asString())) {
			String kind = scoped.path("kind").asString();
			return String.valueOf(this.foreign.apply(kind, caller).orElseThrow(() -> new AssertionError(
					"The fixture has no " + kind + " outside the scope of " + caller.name())));
		}
		if (operation.mutating()) {
			// Authorization is decided before the handler runs, so a missing object still tests it, and changes nothing.
			boolean number = this.document.resolve(parameter.path("schema")).path("type").asString("").equals("integer");
			return number ? MISSING_NUMBER : "matrix-missing-" + name;
		}
		return example;
	}

	private HttpRequest.BodyPublisher body(ApiOperation operation, HttpRequest.Builder request) {
		JsonNode content = operation.node().path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return HttpRequest.BodyPublishers.noBody();
		}
		Map.Entry<String, JsonNode> media = content.properties().iterator().next();
		JsonNode example = ApiDocument.example(media.getValue()).orElseThrow(() -> new AssertionError(
				operation.name() + " gives no example of its " + media.getKey() + " body"));
		if (media.getKey().equals("multipart/form-data")) {
			return multipart(this.document.resolve(media.getValue().path("schema")), example, request);
		}
		request.header("Content-Type", media.getKey());
		return HttpRequest.BodyPublishers.ofString(media.getKey().contains("json") ? example.toString() : text(example));
	}

	// Files are sent empty: the endpoint must refuse them before doing anything.
	private static HttpRequest.BodyPublisher multipart(JsonNode schema, JsonNode example, HttpRequest.Builder request) {
		String boundary = "matrix-" + System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		schema.path("properties").forEachEntry((name, property) -> {
			boolean file = "binary".equals(property.path("format").asString(""))
					|| property.has("contentMediaType") || property.has("contentEncoding");
			if (!file && !example.has(name)) {
				return;
			}
			String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
					+ (file ? "; filename=\"" + text(example.path(name)) + "\"\r\nContent-Type: application/octet-stream"
							: "");
			String value = file ? "" : text(example.get(name));
			out.writeBytes(("--" + boundary + "\r\n" + disposition + "\r\n\r\n" + value + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		});
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
