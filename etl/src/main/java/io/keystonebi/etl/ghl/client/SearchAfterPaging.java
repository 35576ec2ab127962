package io.keystonebi.etl.ghl.client;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /contacts/search} and {@code POST /opportunities/search} in {@code searchAfter} mode, which,
 * unlike page numbers, is not capped at 10,000 records. Where GHL puts the cursor is documented
 * inconsistently, so it is looked for on the last record ({@code searchAfter}, then {@code sort}), then at
 * the top level. The cursor text is the JSON array.
 */
final class SearchAfterPaging implements PageFetcher {

	private final GhlCall call;

	private final JsonMapper json;

	private final String path;

	private final ObjectNode query;

	private final String sizeField;

	private final int size;

	private final String itemsField;

	SearchAfterPaging(GhlCall call, JsonMapper json, String path, ObjectNode query, String sizeField, int size,
			String itemsField) {
		this.call = call;
		this.json = json;
		this.path = path;
		this.query = query;
		this.sizeField = sizeField;
		this.size = size;
		this.itemsField = itemsField;
	}

	@Override
	public GhlPage fetch(String cursor) {
		ObjectNode body = this.query.deepCopy();
		body.put(this.sizeField, this.size);
		body.remove("page");
		if (cursor != null) {
			body.set("searchAfter", this.json.readTree(cursor));
		}
		JsonNode response = this.call.send(GhlRequest.postJson(this.path, ApiVersion.V2021_07_28, body.toString()));
		List<JsonNode> items = Items.of(response.path(this.itemsField));
		if (items.size() < this.size) {
			return new GhlPage(items, response, null);
		}
		JsonNode last = items.get(items.size() - 1);
		String next = firstPresent(last.path("searchAfter"), last.path("sort"), response.path("searchAfter"));
		if (next == null) {
			throw new GhlCursorMissingException("POST " + this.path + " returned a full page of " + this.size
					+ " without a searchAfter cursor (looked on the last record's searchAfter and sort, and at the top level)");
		}
		return new GhlPage(items, response, next);
	}

	private static String firstPresent(JsonNode... candidates) {
		for (JsonNode candidate : candidates) {
			if (candidate.isArray() && !candidate.isEmpty()) {
				return candidate.toString();
			}
		}
		return null;
	}

}
