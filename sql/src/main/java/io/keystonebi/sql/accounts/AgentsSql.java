package io.keystonebi.sql.accounts;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The warehouse users and locations that teams and accounts are made of, for pickers and for checking ids. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(AgentRow.class)
public interface AgentsSql {

	/** @return every warehouse user not deleted, by location and name */
	@SqlQuery
	List<AgentRow> all();

	/** @return those of the given warehouse users that exist and are not deleted */
	@SqlQuery
	List<AgentRow> byIds(@Bind("ids") long[] ids);

	/** @return every location, by name */
	@SqlQuery
	@RegisterConstructorMapper(TeamLocationRow.class)
	List<TeamLocationRow> locations();

}
