package io.keystonebi.etl.ghl.client;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The listings of one location that can be large or incremental: contacts and opportunities (searchAfter),
 * opportunities by query (startAfter), conversations (startAfterDate), messages (lastMessageId and export
 * cursor). Obtain it from {@link GhlLocationClient#searches()}.
 */
public final class GhlSearches {

	private final String locationId;

	private final GhlCall call;

	private final JsonMapper json;

	GhlSearches(String locationId, GhlCall call, JsonMapper json) {
		this.locationId = locationId;
		this.call = call;
		this.json = json;
	}

	/**
	 * {@code POST /contacts/search} sorted by {@code dateUpdated} ascending, so an interrupted run resumes where
	 * it stopped and the last record's update time is the next incremental run's start.
	 * @param updatedFrom only contacts updated at or after this; null for all
	 * @param updatedTo only contacts updated at or before this; null for no upper bound
	 * @param pageLimit records per page, at most 500
	 */
	public GhlPages contacts(Instant updatedFrom, Instant updatedTo, int pageLimit) {
		return contacts(updatedRange("dateUpdated", updatedFrom, updatedTo), pageLimit);
	}

	/**
	 * {@code POST /contacts/search} with a body of the caller's ({@code filters}, {@code sort}, {@code query});
	 * {@code locationId}, {@code pageLimit} and {@code searchAfter} are set here.
	 */
	public GhlPages contacts(ObjectNode search, int pageLimit) {
		ObjectNode body = search.deepCopy().put("locationId", this.locationId);
		return new GhlPages(new SearchAfterPaging(this.call, this.json, "/contacts/search", body, "pageLimit", pageLimit,
				"contacts"), null);
	}

	/**
	 * {@code POST /opportunities/search} sorted by {@code date_updated} ascending.
	 * @param updatedFrom only opportunities updated at or after this; null for all
	 * @param updatedTo only those updated at or before this; null for no upper bound
	 * @param limit records per page, at most 500
	 */
	public GhlPages opportunities(Instant updatedFrom, Instant updatedTo, int limit) {
		ObjectNode body = updatedRange("date_updated", updatedFrom, updatedTo).put("locationId", this.locationId);
		return new GhlPages(new SearchAfterPaging(this.call, this.json, "/opportunities/search", body, "limit", limit,
				"opportunities"), null);
	}

	/**
	 * {@code GET /opportunities/search}, the older query-string search (filters such as {@code pipeline_id},
	 * {@code status}), paged by {@code startAfter} and {@code startAfterId}.
	 * @param filters extra query parameters, GHL's names (snake_case for the filters)
	 * @param limit records per page, at most 100
	 */
	public GhlPages opportunitiesByQuery(Map<String, ?> filters, int limit) {
		Map<String, Object> query = GhlLocationClient.query("location_id", this.locationId);
		query.putAll(filters);
		return new GhlPages(new StartAfterPaging(this.call, "/opportunities/search", query, limit, "opportunities"), null);
	}

	/**
	 * {@code GET /conversations/search} by last message date, oldest first. Resume from a saved cursor, or from
	 * {@code String.valueOf(epochMillis)} to read only conversations with messages after that time.
	 */
	public GhlPages conversations(int limit) {
		Map<String, Object> query = GhlLocationClient.query("locationId", this.locationId, "sortBy", "last_message_date",
				"sort", "asc");
		return new GhlPages(new StartAfterDatePaging(this.call, "/conversations/search", query, limit, "conversations",
				"lastMessageDate"), null);
	}

	/** {@code GET /conversations/{id}/messages}, newest first, paged by {@code lastMessageId}. */
	public GhlPages conversationMessages(String conversationId, int limit) {
		return new GhlPages(new LastMessageIdPaging(this.call, "/conversations/" + conversationId + "/messages", limit),
				null);
	}

	/**
	 * {@code GET /conversations/messages/export}, location-wide, by update time. Without a channel GHL leaves
	 * e-mail out: read {@code channel = "Email"} separately.
	 * @param channel {@code Call}, {@code SMS}, {@code Email}, ...; null for every channel but e-mail
	 * @param updatedFrom only messages updated at or after this (sent as ISO-8601); null for all
	 * @param limit records per page, 10 to 500
	 */
	public GhlPages exportMessages(String channel, Instant updatedFrom, int limit) {
		Map<String, Object> query = GhlLocationClient.query("locationId", this.locationId, "limit", limit, "sortBy",
				"updatedAt", "sortOrder", "asc", "channel", channel, "startDate",
				(updatedFrom != null) ? updatedFrom.toString() : null);
		return new GhlPages(new CursorPaging(this.call, "/conversations/messages/export", query, "messages"), null);
	}

	private ObjectNode updatedRange(String field, Instant from, Instant to) {
		ObjectNode body = this.json.createObjectNode();
		ArrayNode filters = body.putArray("filters");
		if (from != null || to != null) {
			ObjectNode range = this.json.createObjectNode();
			if (from != null) {
				range.put("gte", from.toString());
			}
			if (to != null) {
				range.put("lte", to.toString());
			}
			filters.addObject().put("field", field).put("operator", "range").set("value", range);
		}
		body.putArray("sort").addObject().put("field", field).put("direction", "asc");
		return body;
	}

}
