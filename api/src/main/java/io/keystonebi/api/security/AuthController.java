package io.keystonebi.api.security;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		return "password".equals(request.grantType()) ? withPassword(request) : withRefreshToken(request);
	}

	@PostMapping("/api/v1/auth/revoke")
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
