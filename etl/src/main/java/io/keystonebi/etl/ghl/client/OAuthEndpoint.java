package io.keystonebi.etl.ghl.client;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GHL's OAuth token endpoints: the authorization-code exchange and the refresh ({@code POST /oauth/token},
 * form encoded, no {@code Version}), and the agency-to-location token ({@code POST /oauth/locationToken}).
 */
final class OAuthEndpoint {

	private final GhlTransport transport;

	private final String clientId;

	private final String clientSecret;

	private final Clock clock;

	OAuthEndpoint(GhlTransport transport, String clientId, String clientSecret, Clock clock) {
		this.transport = transport;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.clock = clock;
	}

	TokenGrant exchangeCode(String code, String redirectUri) {
		Map<String, String> form = app("authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirectUri);
		return token(form);
	}

	TokenGrant refresh(String refreshToken, String userType) {
		Map<String, String> form = app("refresh_token");
		form.put("refresh_token", refreshToken);
		form.put("user_type", userType);
		return token(form);
	}

	TokenGrant locationToken(String agencyToken, String companyId, String locationId) {
		GhlRequest request = GhlRequest.postForm("/oauth/locationToken", ApiVersion.V2021_07_28,
				Map.of("companyId", companyId, "locationId", locationId));
		return TokenGrant.of(this.transport.send(request, null, Authorizer.fixed(agencyToken)), this.clock.instant());
	}

	private TokenGrant token(Map<String, String> form) {
		GhlRequest request = GhlRequest.postForm("/oauth/token", ApiVersion.NONE, form);
		return TokenGrant.of(this.transport.send(request, null, null), this.clock.instant());
	}

	private Map<String, String> app(String grantType) {
		if (this.clientId.isBlank() || this.clientSecret.isBlank()) {
			throw new GhlNotConnectedException("GHL OAuth needs bi.etl.ghl.client.oauth-client-id and "
					+ "bi.etl.ghl.client.oauth-client-secret");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", this.clientId);
		form.put("client_secret", this.clientSecret);
		form.put("grant_type", grantType);
		return form;
	}

}
