package io.keystonebi.sql.reports;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Saved report definitions ({@code report_definitions}). An account reads its own and the shared ones within their
 * owner's reach: an executive's or an administrator's reach everyone, a manager's or an agent's their team (a
 * manager's team, or the team of an agent's warehouse user). Only the owner changes or deletes one.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ReportDefinitionRow.class)
public interface ReportDefinitionsSql {

	/** @return the new definition's id */
	@SqlUpdate
	@GetGeneratedKeys("id")
	long insert(@Bind("ownerAccountId") long ownerAccountId, @Bind("title") String title,
			@Bind("definition") String definition, @Bind("shared") boolean shared);

	/**
	 * @param id a definition
	 * @param accountId who asks
	 * @return the definition when it is the account's own or shared within its reach, otherwise empty
	 */
	@SqlQuery
	Optional<ReportDefinitionRow> readable(@Bind("id") long id, @Bind("accountId") long accountId);

	/**
	 * @param accountId who asks
	 * @return the account's own definitions, then those shared with it, each group most recently changed first
	 */
	@SqlQuery
	List<ReportDefinitionRow> listed(@Bind("accountId") long accountId);

	/** @return 1 when the owner's definition was replaced, 0 when the account owns no definition of that id */
	@SqlUpdate
	int update(@Bind("id") long id, @Bind("ownerAccountId") long ownerAccountId, @Bind("title") String title,
			@Bind("definition") String definition, @Bind("shared") boolean shared);

	/** @return 1 when the owner's definition was deleted, 0 when the account owns no definition of that id */
	@SqlUpdate
	int delete(@Bind("id") long id, @Bind("ownerAccountId") long ownerAccountId);

}
