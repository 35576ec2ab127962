package io.keystonebi.etl.ghl.client;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.ghl.connections.GhlConnection;
import io.keystonebi.sql.ghl.connections.GhlConnectionsSql;

/**
 * Connects GHL locations: stores a Private Integration Token, or exchanges an OAuth authorization code
 * (for an agency grant, one location token per approved location). Tokens are stored encrypted.
 */
public final class GhlConnections {

	private final Jdbi jdbi;

	private final TokenCipher cipher;

	private final OAuthEndpoint oauth;

	GhlConnections(Jdbi jdbi, TokenCipher cipher, OAuthEndpoint oauth) {
		this.jdbi = jdbi;
		this.cipher = cipher;
		this.oauth = oauth;
	}

	/**
	 * Stores (or replaces) a location's Private Integration Token.
	 * @param companyId the agency id, or null when unknown
	 */
	public void connectPrivateIntegration(String locationId, String companyId, String token) {
		String encrypted = this.cipher.encrypt(token);
		this.jdbi.useExtension(GhlConnectionsSql.class,
				sql -> sql.save(locationId, companyId, "pit", encrypted, null, null, null));
	}

	/**
	 * Exchanges the code GHL's consent page redirected with. A location grant connects that location; an
	 * agency grant connects each location it approves, through {@code POST /oauth/locationToken}.
	 * @param redirectUri the redirect URI the consent page was opened with
	 * @return the connected location ids
	 */
	public List<String> connectOAuth(String code, String redirectUri) {
		TokenGrant grant = this.oauth.exchangeCode(code, redirectUri);
		if (grant.forLocation()) {
			store(grant);
			return List.of(grant.locationId());
		}
		List<String> connected = new ArrayList<>();
		for (String locationId : grant.approvedLocations()) {
			store(this.oauth.locationToken(grant.accessToken(), grant.companyId(), locationId));
			connected.add(locationId);
		}
		return connected;
	}

	/**
	 * Rewrites every stored token under the current encryption key, so the previous key can be dropped.
	 * @return how many connections were rewritten
	 */
	public int reencryptAll() {
		int rewritten = 0;
		for (GhlConnection row : this.jdbi.withExtension(GhlConnectionsSql.class, GhlConnectionsSql::all)) {
			boolean refreshCurrent = row.encryptedRefreshToken() == null || this.cipher.current(row.encryptedRefreshToken());
			if (this.cipher.current(row.encryptedAccessToken()) && refreshCurrent) {
				continue;
			}
			String access = this.cipher.encrypt(this.cipher.decrypt(row.encryptedAccessToken()));
			String refresh = (row.encryptedRefreshToken() != null)
					? this.cipher.encrypt(this.cipher.decrypt(row.encryptedRefreshToken())) : null;
			this.jdbi.useExtension(GhlConnectionsSql.class, sql -> sql.save(row.locationSourceId(), row.companyId(),
					row.authKind(), access, refresh, row.expiresAt(), row.scopes()));
			rewritten++;
		}
		return rewritten;
	}

	/** Forgets the location's tokens. */
	public void disconnect(String locationId) {
		this.jdbi.useExtension(GhlConnectionsSql.class, sql -> sql.delete(locationId));
	}

	private void store(TokenGrant grant) {
		if (grant.accessToken() == null || grant.refreshToken() == null || grant.locationId() == null) {
			throw new GhlNotConnectedException("GHL granted " + grant + " without a location, access or refresh token");
		}
		String access = this.cipher.encrypt(grant.accessToken());
		String refresh = this.cipher.encrypt(grant.refreshToken());
		this.jdbi.useExtension(GhlConnectionsSql.class, sql -> sql.save(grant.locationId(), grant.companyId(), "oauth",
				access, refresh, grant.expiresAt().atOffset(ZoneOffset.UTC), grant.scope()));
	}

}
