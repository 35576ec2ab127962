package io.keystonebi.etl.ghl.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /conversations/search}: the next page starts after the sort value of the last record
 * ({@code startAfterDate}), e.g. its {@code lastMessageDate} when sorted by {@code last_message_date}. Cursor
 * text: that value (epoch milliseconds), so a saved cursor also works as "changed since".
 */
final class StartAfterDatePaging implements PageFetcher {

	private final GhlCall call;

	private final String path;

	private final Map<String, Object> query;

	private final int limit;

	private final String itemsField;

	private final String sortField;

	StartAfterDatePaging(GhlCall call, String path, Map<String, Object> query, int limit, String itemsField,
			String sortField) {
		this.call = call;
		this.path = path;
		this.query = query;
		this.limit = limit;
		this.itemsField = itemsField;
		this.sortField = sortField;
	}

	@Override
	public GhlPage fetch(String cursor) {
		Map<String, Object> params = new LinkedHashMap<>(this.query);
		params.put("limit", this.limit);
		params.put("startAfterDate", cursor);
		JsonNode response = this.call.send(GhlRequest.get(this.path, ApiVersion.V2021_04_15, params));
		List<JsonNode> items = Items.of(response.path(this.itemsField));
		if (items.size() < this.limit) {
			return new GhlPage(items, response, null);
		}
		JsonNode last = items.get(items.size() - 1);
		String next = Items.cursor(last.path(this.sortField));
		if (next == null) {
			next = Items.cursor(last.path("sort").path(0));
		}
		if (next == null) {
			throw new GhlCursorMissingException("GET " + this.path + " returned a full page of " + this.limit
					+ " whose last record has no " + this.sortField + " to continue after");
		}
		return new GhlPage(items, response, next);
	}

}
