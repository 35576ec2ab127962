package io.keystonebi.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import io.keystonebi.api.ApiProperties;

/**
 * API access tokens (RFC 8725): HS256 only, whatever the token's header claims; {@code iss}, {@code aud},
 * {@code exp} required and checked; and the account looked up on every request, so deactivating it or changing
 * its role ends its tokens at once instead of at their expiry.
 */
public class AccessTokens implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String VERSION_CLAIM = "ver";

	static final String ROLE_CLAIM = "role";

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final ApiProperties.Security settings;

	private final AccountDirectory accounts;

	private final Clock clock;

	AccessTokens(SecretKey key, ApiProperties.Security settings, AccountDirectory accounts, Clock clock) {
		this.settings = settings;
		this.accounts = accounts;
		this.clock = clock;
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
		timestamps.setClock(clock);
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(timestamps,
				new JwtIssuerValidator(settings.issuer()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(settings.audience())),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, (sub) -> sub != null && sub.matches("\\d{1,18}")),
				new JwtClaimValidator<Object>(VERSION_CLAIM, Objects::nonNull)));
		nimbus.setJwtValidator(validator);
		this.decoder = nimbus;
	}

	/** @return how long an access token works */
	Duration lifetime() {
		return this.settings.accessTokenLifetime();
	}

	/** @return the decoder the resource server checks bearer tokens with */
	JwtDecoder decoder() {
		return this.decoder;
	}

	/**
	 * @param caller the account the token acts for
	 * @return a signed access token
	 */
	IssuedToken issue(Caller caller) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.settings.accessTokenLifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.settings.issuer())
			.audience(List.of(this.settings.audience()))
			.subject(Long.toString(caller.accountId()))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim(VERSION_CLAIM, caller.credentialsVersion())
			.claim(ROLE_CLAIM, caller.role().id())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("at+jwt").build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(value, expires);
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		long accountId = Long.parseLong(jwt.getSubject());
		Number version = jwt.getClaim(VERSION_CLAIM);
		Caller caller = this.accounts.stillValid(accountId, version.intValue())
			.orElseThrow(() -> new InvalidBearerTokenException("The token's account is deactivated or has changed "
					+ "since the token was issued"));
		return new CallerAuthentication(caller);
	}

	/**
	 * @param value the compact JWT
	 * @param expiresAt when it stops working
	 */
	record IssuedToken(String value, Instant expiresAt) {
	}

}
