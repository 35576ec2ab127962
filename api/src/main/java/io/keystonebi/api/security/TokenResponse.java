package io.keystonebi.api.security;

/**
 * The tokens handed out (RFC 6749 section 5.1 names).
 *
 * @param accessToken the bearer token for {@code Authorization: Bearer ...}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token stops working
 * @param refreshToken the one-use token that gets the next pair
 * @param role the account's role
 * @param scope whose data the account sees: {@code brokerage}, {@code team} or {@code agent}
 */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String role,
		String scope) {
}
