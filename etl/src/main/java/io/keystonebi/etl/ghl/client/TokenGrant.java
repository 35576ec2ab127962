package io.keystonebi.etl.ghl.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What {@code /oauth/token} or {@code /oauth/locationToken} granted.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token (a new one on every refresh)
 * @param expiresAt when the access token expires
 * @param scope the granted scopes, space separated
 * @param userType {@code Location} or {@code Company}
 * @param companyId the agency id
 * @param locationId the location id (location grants only)
 * @param approvedLocations the locations an agency grant covers
 */
record TokenGrant(String accessToken, String refreshToken, Instant expiresAt, String scope, String userType,
		String companyId, String locationId, List<String> approvedLocations) {

	static TokenGrant of(JsonNode body, Instant now) {
		List<String> approved = new ArrayList<>();
		body.path("approvedLocations").forEach(node -> approved.add(node.asString()));
		long expiresIn = body.path("expires_in").asLong(86399);
		return new TokenGrant(text(body, "access_token"), text(body, "refresh_token"), now.plusSeconds(expiresIn),
				text(body, "scope"), text(body, "userType"), text(body, "companyId"), text(body, "locationId"),
				List.copyOf(approved));
	}

	boolean forLocation() {
		return this.locationId != null;
	}

	private static String text(JsonNode body, String field) {
		JsonNode node = body.path(field);
		return (node.isString() && !node.asString().isEmpty()) ? node.asString() : null;
	}

	/** Never print the tokens (exceptions and logs show records). */
	@Override
	public String toString() {
		return "TokenGrant[userType=" + this.userType + ", companyId=" + this.companyId + ", locationId="
				+ this.locationId + ", expiresAt=" + this.expiresAt + ", scope=" + this.scope + "]";
	}

}
