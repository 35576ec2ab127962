package io.keystonebi.sql.ghl.connections;

import java.time.OffsetDateTime;

/**
 * How the API client authenticates for one GoHighLevel location, as stored in {@code ghl_connections}.
 * Both tokens are cipher text; only the etl module's token cipher can read them.
 *
 * @param locationSourceId the GHL location id
 * @param companyId the GHL agency (company) id, or null when unknown
 * @param authKind {@code pit} (Private Integration Token) or {@code oauth}
 * @param encryptedAccessToken the access token (or PIT), encrypted
 * @param encryptedRefreshToken the OAuth refresh token, encrypted; null for a PIT
 * @param expiresAt when the access token expires; null for a PIT
 * @param scopes the granted scopes, space separated, or null when unknown
 * @param updatedAt when the row was last written
 */
public record GhlConnection(String locationSourceId, String companyId, String authKind, String encryptedAccessToken,
		String encryptedRefreshToken, OffsetDateTime expiresAt, String scopes, OffsetDateTime updatedAt) {

	/** @return whether the connection uses OAuth (and can therefore be refreshed) */
	public boolean oauth() {
		return "oauth".equals(this.authKind);
	}

}
