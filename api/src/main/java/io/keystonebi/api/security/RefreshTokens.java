package io.keystonebi.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.sql.accounts.RefreshTokenRow;
import io.keystonebi.sql.accounts.RefreshTokensSql;

/**
 * Refresh tokens: random, stored as digests, good for one use. Each use issues the next token of the same family;
 * a token used twice means someone else holds a copy, so the whole family is revoked and both holders must sign
 * in again (OAuth 2.0 Security BCP, refresh token rotation).
 */
class RefreshTokens {

	private final SecureRandom random = new SecureRandom();

	private final Jdbi jdbi;

	private final Duration lifetime;

	private final Clock clock;

	RefreshTokens(Jdbi jdbi, Duration lifetime, Clock clock) {
		this.jdbi = jdbi;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * @param accountId who signed in
	 * @return the first token of a new family
	 */
	String start(long accountId) {
		return this.jdbi.withExtension(RefreshTokensSql.class, sql -> issue(sql, accountId, UUID.randomUUID()));
	}

	/**
	 * Uses a token once.
	 * @param token the presented token
	 * @return the account and its next token, or empty when the token is unknown, expired, revoked or used before
	 * (then its family is revoked)
	 */
	Optional<Rotation> rotate(String token) {
		byte[] digest = digest(token);
		return this.jdbi.inTransaction(handle -> {
			RefreshTokensSql sql = handle.attach(RefreshTokensSql.class);
			Optional<RefreshTokenRow> found = sql.lockByDigest(digest);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			RefreshTokenRow row = found.get();
			if (row.revokedAt() != null || row.expiresAt().toInstant().isBefore(this.clock.instant())) {
				return Optional.empty();
			}
			if (row.usedAt() != null || sql.markUsed(row.id()) == 0) {
				sql.revokeFamily(row.familyId());
				return Optional.<Rotation>of(new Rotation(row.accountId(), null, true));
			}
			return Optional.of(new Rotation(row.accountId(), issue(sql, row.accountId(), row.familyId()), false));
		});
	}

	/**
	 * Signs out: the token's family can no longer be used.
	 * @param token a token of the family
	 * @return whether a family was found
	 */
	boolean revoke(String token) {
		return this.jdbi.inTransaction(handle -> {
			RefreshTokensSql sql = handle.attach(RefreshTokensSql.class);
			return sql.lockByDigest(digest(token)).map(row -> sql.revokeFamily(row.familyId()) >= 0).orElse(false);
		});
	}

	/** @param accountId an account whose every refresh token must stop working */
	void revokeAll(long accountId) {
		this.jdbi.useExtension(RefreshTokensSql.class, sql -> sql.revokeAccount(accountId));
	}

	private String issue(RefreshTokensSql sql, long accountId, UUID family) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		sql.insert(accountId, family, digest(token),
				OffsetDateTime.ofInstant(this.clock.instant().plus(this.lifetime), ZoneOffset.UTC));
		return token;
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The outcome of using a refresh token.
	 *
	 * @param accountId whose it was
	 * @param next the token to use next time, or null when reuse was detected
	 * @param reused whether the token had been used before (its family is now revoked)
	 */
	record Rotation(long accountId, String next, boolean reused) {
	}

}
