package io.keystonebi.etl.ghl.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Lists of records out of GHL responses. */
final class Items {

	private Items() {
	}

	static List<JsonNode> of(JsonNode array) {
		List<JsonNode> items = new ArrayList<>(array.size());
		array.forEach(items::add);
		return List.copyOf(items);
	}

	/** @return the value as cursor text: a string as is, anything else (numbers, arrays) as JSON; null if absent */
	static String cursor(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isArray() && value.isEmpty()) {
			return null;
		}
		return value.isString() ? value.asString() : value.toString();
	}

}
