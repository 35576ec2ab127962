package io.keystonebi.sql.accounts;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Refresh tokens, by digest, with rotation and family revocation. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(RefreshTokenRow.class)
public interface RefreshTokensSql {

	@SqlUpdate
	void insert(@Bind("accountId") long accountId, @Bind("familyId") UUID familyId, @Bind("digest") byte[] digest,
			@Bind("expiresAt") OffsetDateTime expiresAt);

	/** @return the token, locked for the exchange, or empty when unknown */
	@SqlQuery
	Optional<RefreshTokenRow> lockByDigest(@Bind("digest") byte[] digest);

	/** @return 1 when the token was unused and is now used; 0 when someone used it first */
	@SqlUpdate
	int markUsed(@Bind("id") long id);

	@SqlUpdate
	int revokeFamily(@Bind("familyId") UUID familyId);

	@SqlUpdate
	int revokeAccount(@Bind("accountId") long accountId);

}
