package io.keystonebi.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Checks JSON against the schema the API document gives for it: every field must be one the schema names (or
 * allow through {@code additionalProperties}), and of a kind its {@code type} allows. Null is accepted anywhere,
 * since the document does not mark which fields may be null.
 */
final class DocumentedFields {

	private final ApiDocument document;

	DocumentedFields(ApiDocument document) {
		this.document = document;
	}

	/** @return every departure from the schema, as {@code $.path: what is wrong}; empty when it conforms */
	List<String> check(JsonNode schema, JsonNode value) {
		Set<String> problems = new LinkedHashSet<>();
		walk(schema, value, "$", problems);
		return new ArrayList<>(problems);
	}

	private void walk(JsonNode declared, JsonNode value, String path, Set<String> problems) {
		JsonNode schema = this.document.resolve(declared);
		if (value.isNull()) {
			return;
		}
		for (String composition : List.of("oneOf", "anyOf")) {
			if (schema.has(composition)) {
				for (JsonNode branch : schema.get(composition)) {
					if (check(branch, value).isEmpty()) {
						return;
					}
				}
				problems.add(path + ": matches none of its " + composition + " schemas");
				return;
			}
		}
		for (JsonNode part : schema.path("allOf")) {
			walk(part, value, path, problems);
		}
		if (!typeAllows(schema, value)) {
			problems.add(path + ": " + kind(value) + " where the schema says " + schema.path("type"));
			return;
		}
		if (value.isArray() && schema.has("items")) {
			value.forEach((item) -> walk(schema.get("items"), item, path + "[*]", problems));
		}
		else if (value.isObject()) {
			object(schema, value, path, problems);
		}
	}

	private void object(JsonNode schema, JsonNode value, String path, Set<String> problems) {
		JsonNode properties = schema.path("properties");
		JsonNode additional = schema.path("additionalProperties");
		// An object schema that names no fields and says nothing of others is free-form (e.g. a webhook body).
		boolean freeForm = properties.isMissingNode() && additional.isMissingNode();
		value.forEachEntry((field, fieldValue) -> {
			if (properties.has(field)) {
				walk(properties.get(field), fieldValue, path + "." + field, problems);
			}
			else if (additional.isObject()) {
				walk(additional, fieldValue, path + "." + field, problems);
			}
			else if (!freeForm && !additional.asBoolean(false)) {
				problems.add(path + "." + field + ": not in the schema");
			}
		});
	}

	private static boolean typeAllows(JsonNode schema, JsonNode value) {
		JsonNode type = schema.path("type");
		if (type.isMissingNode()) {
			return true;
		}
		if (type.isArray()) {
			for (JsonNode one : type) {
				if (allows(one.asString(), value)) {
					return true;
				}
			}
			return false;
		}
		return allows(type.asString(), value);
	}

	private static boolean allows(String type, JsonNode value) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber();
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "null" -> value.isNull();
			default -> true;
		};
	}

	private static String kind(JsonNode value) {
		return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

}
