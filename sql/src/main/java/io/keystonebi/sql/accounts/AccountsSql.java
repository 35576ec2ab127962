package io.keystonebi.sql.accounts;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sign-in accounts ({@code accounts}). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(AccountRow.class)
public interface AccountsSql {

	@SqlQuery
	Optional<AccountRow> byUsername(@Bind("username") String username);

	@SqlQuery
	Optional<AccountRow> byId(@Bind("id") long id);

	@SqlQuery
	List<AccountRow> all();

	@SqlQuery
	long count();

	/** @return every account with the names of its agent and team, by username; no password hashes */
	@SqlQuery
	@RegisterConstructorMapper(AccountOverviewRow.class)
	List<AccountOverviewRow> overview();

	/** @return the account with the names of its agent and team, or empty for an unknown id */
	@SqlQuery
	@RegisterConstructorMapper(AccountOverviewRow.class)
	Optional<AccountOverviewRow> overviewById(@Bind("id") long id);

	/** @return the team and agent the demo's manager and agent accounts are tied to */
	@SqlQuery
	@RegisterConstructorMapper(DemoLinksRow.class)
	DemoLinksRow demoLinks();

	/** @return the new account's row */
	@SqlUpdate
	@GetGeneratedKeys
	AccountRow insert(@Bind("username") String username, @Bind("displayName") String displayName,
			@Bind("passwordHash") String passwordHash, @Bind("role") String role,
			@Bind("warehouseUserId") Long warehouseUserId, @Bind("teamId") Long teamId, @Bind("email") String email);

	/**
	 * Changes what an account is and may see; the credentials version moves on when access must end at once
	 * (deactivated, or another role, agent or team).
	 * @return the changed row, or empty for an unknown id
	 */
	@SqlQuery
	Optional<AccountRow> update(@Bind("id") long id, @Bind("displayName") String displayName,
			@Bind("role") String role, @Bind("warehouseUserId") Long warehouseUserId, @Bind("teamId") Long teamId,
			@Bind("active") boolean active, @Bind("email") String email);

	/** @return the changed row, or empty for an unknown id; existing sessions and tokens end */
	@SqlQuery
	Optional<AccountRow> changePassword(@Bind("id") long id, @Bind("passwordHash") String passwordHash);

}
