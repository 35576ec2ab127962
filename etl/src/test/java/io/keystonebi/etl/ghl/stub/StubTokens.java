package io.keystonebi.etl.ghl.stub;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tokens the stub accepts. Refresh tokens are single use, as GHL's: each refresh spends the old one and
 * issues a new pair.
 */
final class StubTokens {

	/**
	 * Who a token speaks for.
	 * @param locationId the location, or null for an agency token
	 * @param companyId the agency
	 */
	record Grant(String locationId, String companyId) {
	}

	private final Map<String, Grant> access = new ConcurrentHashMap<>();

	private final Map<String, Grant> refresh = new ConcurrentHashMap<>();

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Set<String> revoked = ConcurrentHashMap.newKeySet();

	private final AtomicInteger refreshes = new AtomicInteger();

	volatile String lastRefreshed;

	volatile String lastRefreshedRefreshToken;

	String issueAccess(Grant grant) {
		String token = "at-" + UUID.randomUUID();
		this.access.put(token, grant);
		return token;
	}

	String issueRefresh(Grant grant) {
		String token = "rt-" + UUID.randomUUID();
		this.refresh.put(token, grant);
		return token;
	}

	void addCode(String code, Grant grant) {
		this.codes.put(code, grant);
	}

	Grant redeemCode(String code) {
		return (code != null) ? this.codes.remove(code) : null;
	}

	/** @return the grant of a refresh token, spending it; null if unknown or spent */
	Grant redeemRefresh(String token) {
		Grant grant = (token != null) ? this.refresh.remove(token) : null;
		if (grant != null) {
			this.refreshes.incrementAndGet();
		}
		return grant;
	}

	Grant accessGrant(String token) {
		return (token == null || this.revoked.contains(token)) ? null : this.access.get(token);
	}

	void revoke(String token) {
		this.revoked.add(token);
	}

	boolean refreshTokenLive(String token) {
		return this.refresh.containsKey(token);
	}

	int refreshes() {
		return this.refreshes.get();
	}

}
