package io.keystonebi.sql.ghl.connections;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The GoHighLevel connection of each location ({@code ghl_connections}). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(GhlConnection.class)
public interface GhlConnectionsSql {

	/** Creates the location's connection or replaces it entirely (a new PIT or a new OAuth grant). */
	@SqlUpdate
	void save(@Bind("locationSourceId") String locationSourceId, @Bind("companyId") String companyId,
			@Bind("authKind") String authKind, @Bind("encryptedAccessToken") String encryptedAccessToken,
			@Bind("encryptedRefreshToken") String encryptedRefreshToken, @Bind("expiresAt") OffsetDateTime expiresAt,
			@Bind("scopes") String scopes);

	/** Stores the tokens of a refresh; GHL answers every refresh with a new refresh token. */
	@SqlUpdate
	int refreshed(@Bind("locationSourceId") String locationSourceId,
			@Bind("encryptedAccessToken") String encryptedAccessToken,
			@Bind("encryptedRefreshToken") String encryptedRefreshToken, @Bind("expiresAt") OffsetDateTime expiresAt,
			@Bind("scopes") String scopes);

	@SqlQuery
	Optional<GhlConnection> find(@Bind("locationSourceId") String locationSourceId);

	@SqlQuery
	List<GhlConnection> all();

	@SqlUpdate
	int delete(@Bind("locationSourceId") String locationSourceId);

}
