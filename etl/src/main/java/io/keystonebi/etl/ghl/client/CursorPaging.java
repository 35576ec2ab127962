package io.keystonebi.etl.ghl.client;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /conversations/messages/export}: an opaque {@code cursor} goes back as sent in {@code nextCursor},
 * which is null on the last page.
 */
final class CursorPaging implements PageFetcher {

	private final GhlCall call;

	private final String path;

	private final Map<String, Object> query;

	private final String itemsField;

	CursorPaging(GhlCall call, String path, Map<String, Object> query, String itemsField) {
		this.call = call;
		this.path = path;
		this.query = query;
		this.itemsField = itemsField;
	}

	@Override
	public GhlPage fetch(String cursor) {
		Map<String, Object> params = new LinkedHashMap<>(this.query);
		params.put("cursor", cursor);
		JsonNode response = this.call.send(GhlRequest.get(this.path, ApiVersion.V2021_04_15, params));
		return new GhlPage(Items.of(response.path(this.itemsField)), response, Items.cursor(response.path("nextCursor")));
	}

}
