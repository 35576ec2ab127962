package io.keystonebi.etl.ghl.stub;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the stub answers.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record StubAnswer(int status, JsonNode body) {

	static StubAnswer ok(JsonNode body) {
		return new StubAnswer(200, body);
	}

	/** GHL's error shape ({@code statusCode, message, error}); the traceId is added when sent. */
	static StubAnswer error(JsonMapper json, int status, String error, String message) {
		ObjectNode body = json.createObjectNode().put("statusCode", status).put("message", message).put("error", error);
		return new StubAnswer(status, body);
	}

}
