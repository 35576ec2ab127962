package io.keystonebi.etl.ghl.client;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.sql.ghl.connections.GhlConnection;
import io.keystonebi.sql.ghl.connections.GhlConnectionsSql;

/**
 * The bearer token of one location. OAuth tokens are refreshed shortly before they expire and after a 401;
 * every refresh stores GHL's new refresh token at once (the old one is spent). Synchronized so that the
 * location's concurrent requests refresh once, not once each.
 */
final class LocationTokens implements Authorizer {

	private static final Logger logger = LoggerFactory.getLogger(LocationTokens.class);

	private final String locationId;

	private final Jdbi jdbi;

	private final TokenCipher cipher;

	private final OAuthEndpoint oauth;

	private final Duration refreshAhead;

	private final Clock clock;

	private GhlConnection connection;

	private String accessToken;

	LocationTokens(String locationId, Jdbi jdbi, TokenCipher cipher, OAuthEndpoint oauth, Duration refreshAhead,
			Clock clock) {
		this.locationId = locationId;
		this.jdbi = jdbi;
		this.cipher = cipher;
		this.oauth = oauth;
		this.refreshAhead = refreshAhead;
		this.clock = clock;
	}

	@Override
	public synchronized String token() {
		if (this.accessToken == null) {
			load();
		}
		if (this.connection.oauth() && this.connection.expiresAt() != null
				&& now().plus(this.refreshAhead).isAfter(this.connection.expiresAt())) {
			refresh();
		}
		return this.accessToken;
	}

	@Override
	public synchronized String refreshAfterRejection(String rejected, String request) {
		// Another thread, or another node, may have refreshed since the rejected token was handed out.
		load();
		if (!this.accessToken.equals(rejected)) {
			return this.accessToken;
		}
		if (!this.connection.oauth()) {
			throw new GhlUnauthorizedException(request + " answered 401 for location " + this.locationId
					+ ", whose Private Integration Token cannot be refreshed; store a new one");
		}
		refresh();
		return this.accessToken;
	}

	private void load() {
		this.connection = this.jdbi.withExtension(GhlConnectionsSql.class, sql -> sql.find(this.locationId))
			.orElseThrow(() -> new GhlNotConnectedException("GHL location " + this.locationId + " is not connected"));
		this.accessToken = this.cipher.decrypt(this.connection.encryptedAccessToken());
	}

	private void refresh() {
		String refreshToken = this.cipher.decrypt(this.connection.encryptedRefreshToken());
		TokenGrant grant = this.oauth.refresh(refreshToken, "Location");
		if (grant.accessToken() == null || grant.refreshToken() == null) {
			throw new GhlUnauthorizedException("The GHL token refresh for location " + this.locationId
					+ " answered without an access and a refresh token");
		}
		OffsetDateTime expiresAt = grant.expiresAt().atOffset(ZoneOffset.UTC);
		String encryptedAccess = this.cipher.encrypt(grant.accessToken());
		String encryptedRefresh = this.cipher.encrypt(grant.refreshToken());
		this.jdbi.useExtension(GhlConnectionsSql.class, sql -> sql.refreshed(this.locationId, encryptedAccess,
				encryptedRefresh, expiresAt, grant.scope()));
		load();
		logger.info("Refreshed the GHL access token of location {}; it expires at {}", this.locationId, expiresAt);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
