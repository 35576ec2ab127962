package io.keystonebi.etl.ghl.stub;

import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /contacts/search} and {@code POST /opportunities/search}: a {@code range} filter on the update
 * time, ascending order by (update time, id), page mode capped at 10,000 records, and {@code searchAfter}
 * cursors placed where {@link SearchAfterPlacement} says.
 */
final class StubSearches {

	private static final int PAGE_MODE_CAP = 10_000;

	private final JsonMapper json;

	private final StubData data;

	StubSearches(JsonMapper json, StubData data) {
		this.json = json;
		this.data = data;
	}

	StubAnswer search(StubCall call, List<ObjectNode> records, String itemsField, String sizeField, String dateField) {
		JsonNode body = call.body();
		int size = body.path(sizeField).asInt(20);
		if (!body.path("locationId").isString() || size < 1 || size > 500) {
			return StubAnswer.error(this.json, 422, "Unprocessable Entity",
					"locationId must be a string; " + sizeField + " must be 1 to 500");
		}
		Comparator<ObjectNode> order = Comparator.comparingLong((ObjectNode record) -> time(record, dateField))
			.thenComparing(record -> record.path("id").asString());
		List<ObjectNode> matching = records.stream().filter(record -> inRange(record, body, dateField)).sorted(order).toList();
		int from = 0;
		if (body.path("searchAfter").isArray()) {
			long afterTime = body.path("searchAfter").path(0).asLong();
			String afterId = body.path("searchAfter").path(1).asString();
			while (from < matching.size() && compare(matching.get(from), dateField, afterTime, afterId) <= 0) {
				from++;
			}
		}
		else if (body.has("page")) {
			int page = body.path("page").asInt(1);
			if ((long) page * size > PAGE_MODE_CAP) {
				return StubAnswer.error(this.json, 422, "Unprocessable Entity",
						"page and pageLimit reach at most 10000 records; use searchAfter");
			}
			from = (page - 1) * size;
		}
		ObjectNode response = this.json.createObjectNode();
		ArrayNode items = response.putArray(itemsField);
		for (ObjectNode record : StubRoutes.page(matching, from, size)) {
			ObjectNode copy = record.deepCopy();
			ArrayNode key = this.json.createArrayNode().add(time(record, dateField)).add(record.path("id").asString());
			switch (this.data.placement) {
				case RECORD -> copy.set("searchAfter", key);
				case SORT -> copy.set("sort", key);
				case TOP_LEVEL -> response.set("searchAfter", key);
			}
			items.add(copy);
		}
		response.put("total", matching.size());
		return StubAnswer.ok(response);
	}

	private static int compare(ObjectNode record, String dateField, long time, String id) {
		int byTime = Long.compare(time(record, dateField), time);
		return (byTime != 0) ? byTime : record.path("id").asString().compareTo(id);
	}

	private static boolean inRange(ObjectNode record, JsonNode body, String dateField) {
		for (JsonNode filter : body.path("filters")) {
			String field = filter.path("field").asString();
			if (!"range".equals(filter.path("operator").asString())
					|| !(field.equals("dateUpdated") || field.equals("date_updated"))) {
				continue;
			}
			long time = time(record, dateField);
			JsonNode range = filter.path("value");
			if ((range.has("gte") && time < StubRoutes.millis(range.path("gte")))
					|| (range.has("gt") && time <= StubRoutes.millis(range.path("gt")))
					|| (range.has("lte") && time > StubRoutes.millis(range.path("lte")))
					|| (range.has("lt") && time >= StubRoutes.millis(range.path("lt")))) {
				return false;
			}
		}
		return true;
	}

	private static long time(ObjectNode record, String dateField) {
		return StubRoutes.millis(record.path(dateField).asString());
	}

}
