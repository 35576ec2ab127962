package io.keystonebi.etl.ghl.stub;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The stub's endpoints: OAuth, and the API paths the sync reads. */
final class StubRoutes {

	private final JsonMapper json;

	private final StubData data;

	private final StubTokens tokens;

	private final StubSearches searches;

	private final StubListings listings;

	StubRoutes(JsonMapper json, StubData data, StubTokens tokens) {
		this.json = json;
		this.data = data;
		this.tokens = tokens;
		this.searches = new StubSearches(json, data);
		this.listings = new StubListings(json, data);
	}

	/** @return the {@code Version} GHL's spec declares for the path's service */
	static String expectedVersion(String path) {
		return (path.startsWith("/calendars") || path.startsWith("/conversations")) ? "2021-04-15" : "2021-07-28";
	}

	StubAnswer oauth(StubCall call) {
		if (call.path().equals("/oauth/locationToken")) {
			if (!"2021-07-28".equals(call.version())) {
				return StubAnswer.error(this.json, 400, "Bad Request", "Version header must be 2021-07-28");
			}
			if (call.companyId() == null || call.locationId() != null
					|| !this.data.approvedLocations.contains(call.param("locationId"))) {
				return StubAnswer.error(this.json, 401, "Unauthorized", "Not an agency token for that location");
			}
			return grant(new StubTokens.Grant(call.param("locationId"), call.companyId()));
		}
		if (!call.path().equals("/oauth/token") || call.version() != null) {
			return StubAnswer.error(this.json, 400, "Bad Request", "POST /oauth/token takes no Version header");
		}
		if (!GhlStub.CLIENT_ID.equals(call.param("client_id"))
				|| !GhlStub.CLIENT_SECRET.equals(call.param("client_secret"))) {
			return StubAnswer.error(this.json, 401, "Unauthorized", "Invalid client credentials");
		}
		StubTokens.Grant grant = switch (String.valueOf(call.param("grant_type"))) {
			case "authorization_code" -> this.tokens.redeemCode(call.param("code"));
			case "refresh_token" -> this.tokens.redeemRefresh(call.param("refresh_token"));
			default -> null;
		};
		if (grant == null) {
			return StubAnswer.error(this.json, 401, "Unauthorized", "Invalid grant");
		}
		StubAnswer answer = grant(grant);
		if ("refresh_token".equals(call.param("grant_type"))) {
			this.tokens.lastRefreshed = answer.body().path("access_token").asString();
			this.tokens.lastRefreshedRefreshToken = answer.body().path("refresh_token").asString();
		}
		return answer;
	}

	StubAnswer api(StubCall call) {
		String path = call.path();
		String location = "/locations/" + call.locationId();
		if (path.equals("/contacts/search")) {
			return this.searches.search(call, this.data.contacts, "contacts", "pageLimit", "dateUpdated");
		}
		if (path.equals("/opportunities/search")) {
			return call.method().equals("POST")
					? this.searches.search(call, this.data.opportunities, "opportunities", "limit", "updatedAt")
					: this.listings.opportunitiesByQuery(call);
		}
		if (path.equals(location)) {
			return sample("api-location-get.json");
		}
		if (path.equals(location + "/tags")) {
			return sample("api-location-tags-get.json");
		}
		if (path.equals(location + "/customFields")) {
			return this.listings.customFields(call);
		}
		if (path.equals(location + "/tasks/search")) {
			return this.listings.skipLimit(call.body().path("skip").asInt(0), call.body().path("limit").asInt(25),
					this.data.tasks, "tasks", "count");
		}
		if (path.equals("/users/search")) {
			if (call.param("companyId") == null) {
				return StubAnswer.error(this.json, 422, "Unprocessable Entity", "companyId should not be empty");
			}
			return this.listings.skipLimit(call.intParam("skip", 0), call.intParam("limit", 25), this.data.users, "users",
					"count");
		}
		if (path.equals("/opportunities/pipelines")) {
			ObjectNode body = this.json.createObjectNode();
			this.data.pipelines.forEach(body.putArray("pipelines")::add);
			return StubAnswer.ok(body);
		}
		if (path.matches("/contacts/[^/]+/notes")) {
			return (this.data.notesPerContact > 0) ? this.listings.notes(path.split("/")[2])
					: sample("api-contact-notes-get.json");
		}
		return calendarsAndConversations(call);
	}

	private StubAnswer calendarsAndConversations(StubCall call) {
		String path = call.path();
		if (path.equals("/calendars/")) {
			ObjectNode body = this.json.createObjectNode();
			body.putArray("calendars").addObject().put("id", "BqTwX8QFwXzpegMve9EQ").put("name", "Consultations")
				.put("locationId", call.locationId());
			return StubAnswer.ok(body);
		}
		if (path.equals("/calendars/events")) {
			return this.listings.events(call);
		}
		if (path.equals("/conversations/search")) {
			return this.listings.conversations(call);
		}
		if (path.equals("/conversations/messages/export")) {
			return this.listings.export(call);
		}
		if (path.matches("/conversations/[^/]+/messages")) {
			return this.listings.conversationMessages(call, path.split("/")[2]);
		}
		return StubAnswer.error(this.json, 404, "Not Found", "Cannot " + call.method() + " " + path);
	}

	private StubAnswer grant(StubTokens.Grant grant) {
		ObjectNode body = this.json.createObjectNode()
			.put("access_token", this.tokens.issueAccess(grant))
			.put("token_type", "Bearer")
			.put("expires_in", 86399)
			.put("refresh_token", this.tokens.issueRefresh(grant))
			.put("scope", "contacts.readonly opportunities.readonly")
			.put("userType", (grant.locationId() != null) ? "Location" : "Company")
			.put("companyId", grant.companyId());
		if (grant.locationId() != null) {
			body.put("locationId", grant.locationId());
		}
		else {
			this.data.approvedLocations.forEach(body.putArray("approvedLocations")::add);
		}
		return StubAnswer.ok(body);
	}

	private StubAnswer sample(String name) {
		return StubAnswer.ok(this.data.sample(name));
	}

	/** @return epoch milliseconds of an ISO-8601 string or a number (GHL's range format is not documented) */
	static long millis(JsonNode value) {
		if (value.isNumber()) {
			return value.asLong();
		}
		String text = value.asString();
		return text.matches("\\d+") ? Long.parseLong(text) : OffsetDateTime.parse(text).toInstant().toEpochMilli();
	}

	static long millis(String iso) {
		return Instant.parse(iso).toEpochMilli();
	}

	static List<ObjectNode> page(List<ObjectNode> records, int from, int size) {
		return records.subList(Math.min(from, records.size()), Math.min(from + size, records.size()));
	}

}
