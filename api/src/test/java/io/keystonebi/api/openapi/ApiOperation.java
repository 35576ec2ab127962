package io.keystonebi.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the API document.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the path template, e.g. {@code /api/v1/admin/imports/{id}}
 * @param node the operation object
 */
record ApiOperation(String method, String path, JsonNode node) {

	/** @return e.g. {@code GET /api/v1/sync/status} */
	String name() {
		return this.method + " " + this.path;
	}

	/** @return its {@code x-roles}, empty when it has none */
	List<String> roles() {
		List<String> roles = new ArrayList<>();
		this.node.path("x-roles").forEach((role) -> roles.add(role.asString()));
		return roles;
	}

	/** @return whether it needs no sign-in ({@code x-public}) */
	boolean open() {
		return this.node.path("x-public").asBoolean(false);
	}

	/** @return whether calling it may change something */
	boolean mutating() {
		return !"GET".equals(this.method) && !"HEAD".equals(this.method);
	}

	/** @return its {@code x-scoped-object}: the path parameter naming an object of a data scope, and its kind */
	Optional<JsonNode> scopedObject() {
		return this.node.optional("x-scoped-object");
	}

	List<JsonNode> parameters() {
		List<JsonNode> parameters = new ArrayList<>();
		this.node.path("parameters").forEach(parameters::add);
		return parameters;
	}

	/** @return the documented answer with this status, if any */
	Optional<JsonNode> response(int status) {
		return this.node.path("responses").optional(String.valueOf(status))
			.or(() -> this.node.path("responses").optional("default"));
	}

}
