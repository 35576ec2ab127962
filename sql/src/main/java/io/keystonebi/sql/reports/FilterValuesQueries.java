package io.keystonebi.sql.reports;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The values a report block's filter offers, one statement per dimension, each sorted by label and cut at
 * {@code limit}. People and what hangs off them (agents, teams, offices, sources, zipcodes) are kept to
 * {@code scopeUsers} unless {@code scopeAll}; stages and property types are the brokerage's reference data, the
 * same for everyone. The values are those the report queries filter on, so a chosen value always matches.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(FilterValueRow.class)
public interface FilterValuesQueries {

	/**
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users in scope
	 * @param limit at most this many values
	 * @return the agents (warehouse users) in scope by name
	 */
	@SqlQuery
	List<FilterValueRow> agents(@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers,
			@Bind("limit") int limit);

	/**
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users in scope
	 * @param limit at most this many values
	 * @return every team for the brokerage, else the teams of the users in scope
	 */
	@SqlQuery
	List<FilterValueRow> teams(@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers,
			@Bind("limit") int limit);

	/**
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users in scope
	 * @param limit at most this many values
	 * @return every office for the brokerage, else the offices of the users in scope (their own, else their team's)
	 */
	@SqlQuery
	List<FilterValueRow> offices(@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers,
			@Bind("limit") int limit);

	/**
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users in scope
	 * @param limit at most this many values
	 * @return the lead sources of the contacts and deals in scope, {@code (none)} for those without one
	 */
	@SqlQuery
	List<FilterValueRow> sources(@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers,
			@Bind("limit") int limit);

	/**
	 * @param limit at most this many values
	 * @return the stages of the pipelines, named with their pipeline where there is more than one
	 */
	@SqlQuery
	List<FilterValueRow> stages(@Bind("limit") int limit);

	/**
	 * @param limit at most this many values
	 * @return the property types
	 */
	@SqlQuery
	List<FilterValueRow> propertyTypes(@Bind("limit") int limit);

	/**
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users in scope
	 * @param limit at most this many values
	 * @return the postal codes of the contacts in scope ({@code (none)} for those without one) and of the public
	 * market sales, which are no one's data
	 */
	@SqlQuery
	List<FilterValueRow> zipcodes(@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers,
			@Bind("limit") int limit);

}
