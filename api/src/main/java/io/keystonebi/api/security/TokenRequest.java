package io.keystonebi.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/auth/token}: sign in with a password, or exchange a refresh token.
 *
 * @param grantType {@code password} or {@code refresh_token}
 * @param username the account, with {@code password}
 * @param password its password, with {@code password}
 * @param refreshToken the refresh token, with {@code refresh_token}
 */
record TokenRequest(@NotBlank @Pattern(regexp = "password|refresh_token",
		message = "must be password or refresh_token") String grantType, @Size(max = 64) String username,
		@Size(max = 256) String password, @Size(max = 128) String refreshToken) {
}
