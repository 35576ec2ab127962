package io.keystonebi.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import io.keystonebi.api.security.ApiAccess;

/**
 * Documents the problems (RFC 9457) every operation can answer with, from what it is: 401 and 403 unless it is
 * public, 400 when it takes parameters or a body, 404 when its path names an object. A problem response a
 * controller declares with only a description gets the problem schema and an example here.
 */
final class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String SCHEMA = "Problem";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(SCHEMA, problemSchema());
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			String request = method.name() + " " + path;
			if (operation.getRequestBody() != null) {
				add(responses, HttpStatus.BAD_REQUEST, "The body or a parameter is not valid; the problem names the "
						+ "field.", example(HttpStatus.BAD_REQUEST, "Invalid request",
								"A field of the body is missing or has a value that is not allowed.", path));
			}
			else if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
				add(responses, HttpStatus.BAD_REQUEST, "A parameter is not valid; the problem names it and the "
						+ "value.", example(HttpStatus.BAD_REQUEST, "Invalid request parameter",
								"A parameter has a value that is not allowed.", path));
			}
			if (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
				add(responses, HttpStatus.NOT_FOUND, (operation.getExtensions() != null
						&& operation.getExtensions().containsKey(ScopedObjects.EXTENSION))
								? "Nothing has that id, or it is outside the caller's data scope."
								: "Nothing has that id.",
						example(HttpStatus.NOT_FOUND, "Not found", "There is nothing with that id.", path));
			}
			if (!ApiAccess.of(HttpMethod.valueOf(method.name()), path).open()) {
				add(responses, HttpStatus.UNAUTHORIZED, "Not signed in, or the access token is expired, revoked or "
						+ "no longer matches its account.", example(HttpStatus.UNAUTHORIZED,
								"Authentication required", "Sign in first: send 'Authorization: Bearer <token>' from "
										+ "POST /api/v1/auth/token, or use the web session.", path));
				add(responses, HttpStatus.FORBIDDEN, "The caller's role may not call this (see x-roles), or a "
						+ "request relying on the session lacks its CSRF token.", example(HttpStatus.FORBIDDEN,
								"Not allowed", "Your role does not allow " + request + ".", path));
			}
			responses.forEach((code, response) -> describeProblem(code, response, path));
		}));
	}

	private static void add(ApiResponses responses, HttpStatus status, String description, Map<String, Object> example) {
		String code = String.valueOf(status.value());
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description).content(problem(example)));
		}
	}

	// Every 4xx is a problem, whatever springdoc guessed from the method's return type for a response a controller
	// declared by code and description; a 5xx too unless it has a body of its own.
	private static void describeProblem(String code, ApiResponse response, String path) {
		boolean problem = response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON);
		boolean empty = response.getContent() == null || response.getContent().isEmpty();
		if (!problem && (code.startsWith("4") || (code.startsWith("5") && empty))) {
			HttpStatus status = HttpStatus.valueOf(Integer.parseInt(code));
			response.setContent(problem(example(status, status.getReasonPhrase(), response.getDescription(), path)));
		}
	}

	private static Content problem(Map<String, Object> example) {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType()
			.schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
			.example(example));
	}

	private static Map<String, Object> example(HttpStatus status, String title, String detail, String path) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", title);
		example.put("status", status.value());
		example.put("detail", detail);
		example.put("instance", path);
		return example;
	}

	private static Schema<?> problemSchema() {
		Schema<?> schema = new ObjectSchema()
			.description("An RFC 9457 problem. Some carry more members, e.g. parameter and value for a bad "
					+ "parameter, or field and errors for a bad body.")
			.addProperty("type", new StringSchema().description("A URI naming the kind of problem"))
			.addProperty("title", new StringSchema().description("What happened, the same for every occurrence"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What happened this time, naming the offending "
					+ "value"))
			.addProperty("instance", new StringSchema().description("The path asked for"));
		schema.setRequired(List.of("title", "status"));
		schema.setAdditionalProperties(true);
		return schema;
	}

}
