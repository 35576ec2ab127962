package io.keystonebi.sql.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refresh token as stored (its digest only).
 *
 * @param id the row id
 * @param accountId whose it is
 * @param familyId the sign-in it descends from
 * @param expiresAt when it stops working
 * @param usedAt when it was exchanged, or null
 * @param revokedAt when its family was revoked, or null
 */
public record RefreshTokenRow(long id, long accountId, UUID familyId, OffsetDateTime expiresAt,
		OffsetDateTime usedAt, OffsetDateTime revokedAt) {
}
