package io.keystonebi.etl.ghl.stub;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One request as the stub saw it.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the query parameters (form fields for form posts)
 * @param body the JSON body, or a missing node
 * @param version the {@code Version} header, or null
 * @param locationId the location of the bearer token, or null
 * @param companyId the agency of the bearer token, or null
 */
public record StubCall(String method, String path, Map<String, String> query, JsonNode body, String version,
		String locationId, String companyId) {

	String param(String name) {
		return this.query.get(name);
	}

	int intParam(String name, int fallback) {
		String value = this.query.get(name);
		return (value != null) ? Integer.parseInt(value) : fallback;
	}

}
