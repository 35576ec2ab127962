package io.keystonebi.api.security;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token} issues an access token (one hour) and a refresh token, from a password or
 * from the previous refresh token; {@code POST /api/v1/auth/revoke} signs a refresh token's family out.
 */
@RestController
@ConditionalOnWebApplication
@Tag(name = "Sign-in", description = "Access and refresh tokens for API clients.")
class AuthController {

	private final AuthenticationManager passwords;

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final AccountDirectory accounts;

	private final SignInEvents events;

	AuthController(AuthenticationManager passwords, AccessTokens accessTokens, RefreshTokens refreshTokens,
			AccountDirectory accounts, SignInEvents events) {
		this.passwords = passwords;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.accounts = accounts;
		this.events = events;
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Sign in, or exchange a refresh token",
			description = "With grant_type password, checks the username and password and starts a sign-in; with "
					+ "grant_type refresh_token, exchanges the refresh token for a new pair. The access token works "
					+ "for one hour; a refresh token works once (using one twice ends the whole sign-in) and expires "
					+ "after bi.api.security.refresh-token-lifetime.")
	@ApiResponse(responseCode = "200", description = "Signed in: the tokens, the role and its data scope.")
	@ApiResponse(responseCode = "401", description = "The username or password is wrong, the account is "
			+ "deactivated, or the refresh token is unknown, expired, revoked or was already used.")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		return "password".equals(request.grantType()) ? withPassword(request) : withRefreshToken(request);
	}

	@PostMapping("/api/v1/auth/revoke")
	@Operation(summary = "Sign out an API client",
			description = "Revokes the refresh token and every other token of its sign-in. Answers 204 whether or "
					+ "not the token was known, so it tells nothing about other people's tokens. Access tokens "
					+ "already issued work until they expire.")
	@ApiResponse(responseCode = "204", description = "The sign-in is over.")
	ResponseEntity<Void> revoke(@Valid @RequestBody RevokeRequest request) {
		this.refreshTokens.revoke(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

	private TokenResponse withPassword(TokenRequest request) {
		require(request.username(), "username", "password");
		require(request.password(), "password", "password");
		Authentication authentication;
		try {
			authentication = this.passwords.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		}
		catch (AuthenticationException ex) {
			this.events.failed(request.username(), "api", ex);
			throw new AuthenticationFailedException("The username or password is wrong, or the account is "
					+ "deactivated.");
		}
		Caller caller = CallerAuthentication.callerOf(authentication);
		this.events.succeeded(caller, "api");
		return tokens(caller, this.refreshTokens.start(caller.accountId()));
	}

	private TokenResponse withRefreshToken(TokenRequest request) {
		require(request.refreshToken(), "refresh_token", "refresh_token");
		RefreshTokens.Rotation rotation = this.refreshTokens.rotate(request.refreshToken())
			.orElseThrow(() -> new AuthenticationFailedException("The refresh token is unknown, expired or revoked."));
		if (rotation.reused()) {
			this.events.refreshReused(rotation.accountId());
			throw new AuthenticationFailedException("The refresh token was already used; every token of that "
					+ "sign-in is now revoked. Sign in again.");
		}
		Caller caller = this.accounts.current(rotation.accountId())
			.orElseThrow(() -> new AuthenticationFailedException("The account is deactivated."));
		return tokens(caller, rotation.next());
	}

	private TokenResponse tokens(Caller caller, String refreshToken) {
		AccessTokens.IssuedToken access = this.accessTokens.issue(caller);
		return new TokenResponse(access.value(), "Bearer",
				this.accessTokens.lifetime().toSeconds(), refreshToken, caller.role().id(),
				caller.role().scope().name().toLowerCase(Locale.ROOT));
	}

	private static void require(String value, String field, String grantType) {
		if (value == null || value.isBlank()) {
			throw new MissingTokenFieldException(field, grantType);
		}
	}

	/**
	 * {@code POST /api/v1/auth/revoke}.
	 *
	 * @param refreshToken a refresh token of the sign-in to end
	 */
	record RevokeRequest(@NotBlank @Size(max = 128) String refreshToken) {
	}

}
