package io.keystonebi.sql.accounts;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Teams and their members, which scope what a manager sees. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(TeamRow.class)
public interface TeamsSql {

	@SqlQuery
	List<TeamRow> all();

	@SqlQuery
	Optional<TeamRow> byId(@Bind("id") long id);

	/** @return the warehouse users in the team now (deleted users drop out) */
	@SqlQuery
	List<Long> memberIds(@Bind("teamId") long teamId);

	/** @return the new team's id, or empty when the location already has a team of that name */
	@SqlQuery
	Optional<Long> insert(@Bind("locationId") long locationId, @Bind("name") String name,
			@Bind("managerUserId") Long managerUserId);

	@SqlUpdate
	int rename(@Bind("id") long id, @Bind("name") String name, @Bind("managerUserId") Long managerUserId);

	/** Moves the given warehouse users into the team and everyone else out of it. */
	@SqlUpdate
	void setMembers(@Bind("id") long id, @Bind("userIds") long[] userIds);

	/** @return whether the warehouse user exists and is not deleted */
	@SqlQuery
	boolean userExists(@Bind("userId") long userId);

	/** @return the id of the location holding the warehouse users, one per user given; users not found are left out */
	@SqlQuery
	List<Long> locationsOfUsers(@Bind("userIds") long[] userIds);

}
