package io.keystonebi.etl.ghl.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GHL API as one location's sync sees it: each call spends that location's rate budget and uses its
 * token. Records come back as GHL sent them; listings as {@link GhlPages}, whose cursors let a restarted job
 * resume. Thread-safe: several steps may share one instance.
 */
public final class GhlLocationClient {

	private static final ApiVersion V2 = ApiVersion.V2021_07_28;

	private final String locationId;

	private final GhlCall call;

	private final JsonMapper json;

	private final GhlSearches searches;

	GhlLocationClient(String locationId, GhlTransport transport, RateBudget budget, Authorizer tokens) {
		this.locationId = locationId;
		this.call = request -> transport.send(request, budget, tokens);
		this.json = transport.json();
		this.searches = new GhlSearches(locationId, this.call, this.json);
	}

	/** @return the GHL location id this client works for */
	public String locationId() {
		return this.locationId;
	}

	/** @return {@code GET /locations/{id}} → {@code location} (name, timezone, companyId, ...) */
	public JsonNode location() {
		return get("/locations/" + this.locationId, V2, Map.of()).path("location");
	}

	/** @return {@code GET /opportunities/pipelines}: every pipeline with its {@code stages} */
	public List<JsonNode> pipelines() {
		return Items.of(get("/opportunities/pipelines", V2, Map.of("locationId", this.locationId)).path("pipelines"));
	}

	/** @return {@code GET /calendars/}: the location's calendars (drafts included) */
	public List<JsonNode> calendars() {
		return Items.of(get("/calendars/", ApiVersion.V2021_04_15, Map.of("locationId", this.locationId))
			.path("calendars"));
	}

	/**
	 * GHL has no "changed since" for appointments: read each calendar window by window.
	 * @return {@code GET /calendars/events}: the calendar's events starting within {@code [from, to)}
	 */
	public List<JsonNode> calendarEvents(String calendarId, Instant from, Instant to) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("locationId", this.locationId);
		query.put("calendarId", calendarId);
		query.put("startTime", from.toEpochMilli());
		query.put("endTime", to.toEpochMilli());
		return Items.of(get("/calendars/events", ApiVersion.V2021_04_15, query).path("events"));
	}

	/** @return {@code GET /contacts/{id}/notes} (notes exist only per contact) */
	public List<JsonNode> contactNotes(String contactId) {
		return Items.of(get("/contacts/" + contactId + "/notes", V2, Map.of()).path("notes"));
	}

	/** @return {@code GET /locations/{id}/tags} */
	public List<JsonNode> tags() {
		return Items.of(get("/locations/" + this.locationId + "/tags", V2, Map.of()).path("tags"));
	}

	/**
	 * @param model {@code contact}, {@code opportunity} or {@code all}
	 * @return {@code GET /locations/{id}/customFields}
	 */
	public List<JsonNode> customFields(String model) {
		return Items.of(get("/locations/" + this.locationId + "/customFields", V2, Map.of("model", model))
			.path("customFields"));
	}

	/**
	 * @param companyId the agency id (from {@link #location()}), which GHL requires even for a location token
	 * @return {@code GET /users/search} of this location, paged by skip and limit
	 */
	public GhlPages users(String companyId, int limit) {
		return new GhlPages(new SkipLimitPaging(this.call, (skip, size) -> GhlRequest.get("/users/search", V2,
				query("companyId", companyId, "locationId", this.locationId, "skip", skip, "limit", size)), limit,
				"users"), null);
	}

	/**
	 * @param completed only completed (true) or open (false) tasks; null for both
	 * @return {@code POST /locations/{id}/tasks/search}, paged by skip and limit
	 */
	public GhlPages tasks(Boolean completed, int limit) {
		String path = "/locations/" + this.locationId + "/tasks/search";
		return new GhlPages(new SkipLimitPaging(this.call, (skip, size) -> {
			ObjectNode body = this.json.createObjectNode().put("skip", skip).put("limit", size);
			if (completed != null) {
				body.put("completed", completed);
			}
			return GhlRequest.postJson(path, V2, body.toString());
		}, limit, "tasks"), null);
	}

	/** @return the contact, opportunity, conversation and message searches */
	public GhlSearches searches() {
		return this.searches;
	}

	private JsonNode get(String path, ApiVersion version, Map<String, ?> query) {
		return this.call.send(GhlRequest.get(path, version, query));
	}

	static Map<String, Object> query(Object... namesAndValues) {
		Map<String, Object> query = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			query.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return query;
	}

}
