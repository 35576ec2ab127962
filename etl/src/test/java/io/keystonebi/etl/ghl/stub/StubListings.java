package io.keystonebi.etl.ghl.stub;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stub's other paged listings, each in the paging style GHL uses for it. */
final class StubListings {

	private final JsonMapper json;

	private final StubData data;

	StubListings(JsonMapper json, StubData data) {
		this.json = json;
		this.data = data;
	}

	StubAnswer skipLimit(int skip, int limit, List<ObjectNode> records, String itemsField, String countField) {
		ObjectNode body = this.json.createObjectNode();
		StubRoutes.page(records, skip, limit).forEach(body.putArray(itemsField)::add);
		return StubAnswer.ok(body.put(countField, records.size()));
	}

	/** {@code GET /contacts/{id}/notes} of generated notes: the contact's own, dated one minute apart. */
	StubAnswer notes(String contactId) {
		ObjectNode body = this.json.createObjectNode();
		ArrayNode notes = body.putArray("notes");
		for (int k = 0; k < this.data.notesPerContact; k++) {
			String added = StubData.BASE.plusSeconds(60L * k).toString();
			notes.addObject()
				.put("id", "n" + contactId + "-" + k)
				.put("body", "Note " + k + " on " + contactId)
				.put("userId", "u000000")
				.put("contactId", contactId)
				.put("dateAdded", added)
				.put("dateUpdated", added);
		}
		return StubAnswer.ok(body);
	}

	/** {@code GET /opportunities/search}: {@code startAfter} (update millis) and {@code startAfterId}, both or none. */
	StubAnswer opportunitiesByQuery(StubCall call) {
		int limit = call.intParam("limit", 20);
		List<ObjectNode> records = this.data.opportunities;
		int from = 0;
		if (call.param("startAfter") != null && call.param("startAfterId") != null) {
			while (from < records.size() && !records.get(from).path("id").asString().equals(call.param("startAfterId"))) {
				from++;
			}
			from++;
		}
		List<ObjectNode> page = StubRoutes.page(records, from, limit);
		ObjectNode body = this.json.createObjectNode();
		page.forEach(body.putArray("opportunities")::add);
		ObjectNode meta = body.putObject("meta").put("total", records.size());
		if (!page.isEmpty()) {
			ObjectNode last = page.get(page.size() - 1);
			meta.put("startAfterId", last.path("id").asString())
				.put("startAfter", StubRoutes.millis(last.path("updatedAt").asString()));
		}
		return StubAnswer.ok(body);
	}

	StubAnswer customFields(StubCall call) {
		ObjectNode body = (ObjectNode) this.data.sample("api-location-customfields-get.json");
		String model = call.param("model");
		if (model != null && !model.equals("all")) {
			ArrayNode kept = this.json.createArrayNode();
			body.path("customFields").forEach(field -> {
				if (model.equals(field.path("model").asString())) {
					kept.add(field);
				}
			});
			body.set("customFields", kept);
		}
		return StubAnswer.ok(body);
	}

	/** {@code GET /calendars/events}: one calendar, events starting within {@code [startTime, endTime)}. */
	StubAnswer events(StubCall call) {
		if (call.param("calendarId") == null || call.param("startTime") == null || call.param("endTime") == null) {
			return StubAnswer.error(this.json, 422, "Unprocessable Entity", "calendarId, startTime and endTime are required");
		}
		long start = Long.parseLong(call.param("startTime"));
		long end = Long.parseLong(call.param("endTime"));
		ObjectNode body = this.json.createObjectNode();
		ArrayNode events = body.putArray("events");
		for (JsonNode event : this.data.events) {
			long time = StubRoutes.millis(event.path("startTime"));
			if (event.path("calendarId").asString().equals(call.param("calendarId")) && time >= start && time < end) {
				events.add(event);
			}
		}
		return StubAnswer.ok(body);
	}

	/** {@code GET /conversations/search} sorted by last message date ascending, after {@code startAfterDate}. */
	StubAnswer conversations(StubCall call) {
		long after = (call.param("startAfterDate") != null) ? Long.parseLong(call.param("startAfterDate")) : Long.MIN_VALUE;
		List<ObjectNode> matching = this.data.conversations.stream()
			.filter(conversation -> conversation.path("lastMessageDate").asLong(0) > after)
			.toList();
		ObjectNode body = this.json.createObjectNode();
		StubRoutes.page(matching, 0, call.intParam("limit", 20)).forEach(body.putArray("conversations")::add);
		return StubAnswer.ok(body.put("total", this.data.conversations.size()));
	}

	/** {@code GET /conversations/{id}/messages}, in the nested shape real responses have. */
	StubAnswer conversationMessages(StubCall call, String conversationId) {
		List<ObjectNode> messages = this.data.conversationMessages.getOrDefault(conversationId, List.of());
		int from = 0;
		if (call.param("lastMessageId") != null) {
			while (from < messages.size() && !messages.get(from).path("id").asString().equals(call.param("lastMessageId"))) {
				from++;
			}
			from++;
		}
		List<ObjectNode> page = StubRoutes.page(messages, from, call.intParam("limit", 20));
		ObjectNode body = this.json.createObjectNode();
		ObjectNode nested = body.putObject("messages");
		nested.put("lastMessageId", page.isEmpty() ? null : page.get(page.size() - 1).path("id").asString())
			.put("nextPage", from + page.size() < messages.size());
		page.forEach(nested.putArray("messages")::add);
		return StubAnswer.ok(body);
	}

	/**
	 * {@code GET /conversations/messages/export}: e-mail only with {@code channel=Email}, never without; from
	 * {@code startDate} (ISO-8601) on by {@code dateUpdated} where the message has one.
	 */
	StubAnswer export(StubCall call) {
		boolean email = "Email".equals(call.param("channel"));
		long since = (call.param("startDate") != null) ? StubRoutes.millis(call.param("startDate")) : Long.MIN_VALUE;
		List<ObjectNode> matching = this.data.exportMessages.stream()
			.filter(message -> "TYPE_EMAIL".equals(message.path("messageType").asString()) == email)
			.filter(message -> !message.has("dateUpdated") || StubRoutes.millis(message.path("dateUpdated")) >= since)
			.toList();
		String cursor = call.param("cursor");
		int from = (cursor != null) ? Integer.parseInt(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8)) : 0;
		int limit = call.intParam("limit", 100);
		ObjectNode body = this.json.createObjectNode();
		StubRoutes.page(matching, from, limit).forEach(body.putArray("messages")::add);
		int next = from + limit;
		body.put("nextCursor", (next < matching.size())
				? Base64.getEncoder().encodeToString(Integer.toString(next).getBytes(StandardCharsets.UTF_8)) : null);
		return StubAnswer.ok(body.put("total", matching.size()));
	}

}
