package io.keystonebi.etl.ghl.client;

import java.util.List;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * Plain {@code skip}/{@code limit} ({@code GET /users/search}, {@code POST /locations/{id}/tasks/search}): a
 * short page is the last. Cursor text: the next {@code skip}.
 */
final class SkipLimitPaging implements PageFetcher {

	private final GhlCall call;

	private final BiFunction<Long, Integer, GhlRequest> request;

	private final int limit;

	private final String itemsField;

	/** @param request builds the request for a skip and a limit */
	SkipLimitPaging(GhlCall call, BiFunction<Long, Integer, GhlRequest> request, int limit, String itemsField) {
		this.call = call;
		this.request = request;
		this.limit = limit;
		this.itemsField = itemsField;
	}

	@Override
	public GhlPage fetch(String cursor) {
		long skip = (cursor != null) ? Long.parseLong(cursor) : 0;
		JsonNode response = this.call.send(this.request.apply(skip, this.limit));
		List<JsonNode> items = Items.of(response.path(this.itemsField));
		return new GhlPage(items, response, (items.size() < this.limit) ? null : Long.toString(skip + items.size()));
	}

}
