package io.keystonebi.etl.ghl.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /conversations/{id}/messages}: pages continue after {@code lastMessageId} while {@code nextPage}
 * is true. Real responses nest the page ({@code {messages: {lastMessageId, nextPage, messages: [...]}}});
 * the spec shows it flat; both are read.
 */
final class LastMessageIdPaging implements PageFetcher {

	private final GhlCall call;

	private final String path;

	private final int limit;

	LastMessageIdPaging(GhlCall call, String path, int limit) {
		this.call = call;
		this.path = path;
		this.limit = limit;
	}

	@Override
	public GhlPage fetch(String cursor) {
		Map<String, Object> params = new java.util.LinkedHashMap<>();
		params.put("limit", this.limit);
		params.put("lastMessageId", cursor);
		JsonNode response = this.call.send(GhlRequest.get(this.path, ApiVersion.V2021_04_15, params));
		JsonNode page = response.path("messages").isObject() ? response.path("messages") : response;
		String lastMessageId = Items.cursor(page.path("lastMessageId"));
		boolean more = page.path("nextPage").asBoolean(false) && lastMessageId != null;
		return new GhlPage(Items.of(page.path("messages")), response, more ? lastMessageId : null);
	}

}
