package io.keystonebi.etl.ghl.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /opportunities/search}: the response's {@code meta.startAfter} and {@code meta.startAfterId}
 * go back as query parameters, always both (with one alone GHL repeats the first page). Cursor text:
 * {@code <startAfter>,<startAfterId>}.
 */
final class StartAfterPaging implements PageFetcher {

	private final GhlCall call;

	private final String path;

	private final Map<String, Object> query;

	private final int limit;

	private final String itemsField;

	StartAfterPaging(GhlCall call, String path, Map<String, Object> query, int limit, String itemsField) {
		this.call = call;
		this.path = path;
		this.query = query;
		this.limit = limit;
		this.itemsField = itemsField;
	}

	@Override
	public GhlPage fetch(String cursor) {
		Map<String, Object> params = new LinkedHashMap<>(this.query);
		params.put("limit", this.limit);
		if (cursor != null) {
			int comma = cursor.indexOf(',');
			params.put("startAfter", cursor.substring(0, comma));
			params.put("startAfterId", cursor.substring(comma + 1));
		}
		JsonNode response = this.call.send(GhlRequest.get(this.path, ApiVersion.V2021_07_28, params));
		List<JsonNode> items = Items.of(response.path(this.itemsField));
		String startAfter = Items.cursor(response.path("meta").path("startAfter"));
		String startAfterId = Items.cursor(response.path("meta").path("startAfterId"));
		boolean more = items.size() >= this.limit && startAfter != null && startAfterId != null;
		return new GhlPage(items, response, more ? startAfter + "," + startAfterId : null);
	}

}
