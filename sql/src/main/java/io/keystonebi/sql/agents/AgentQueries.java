package io.keystonebi.sql.agents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The agents page's reads from the base tables. Periods are local dates {@code [from, to)} that each location
 * applies at its own midnight. Every statement keeps the records of {@code scopeUsers} unless {@code scopeAll}.
 */
@UseClasspathSqlLocator
public interface AgentQueries {

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param slaMinutes how soon an inbound message must be answered to count as followed up
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose records count
	 * @return every agent in scope with its figures, most revenue first
	 */
	@SqlQuery
	@RegisterConstructorMapper(AgentFiguresRow.class)
	List<AgentFiguresRow> figures(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("slaMinutes") int slaMinutes, @Bind("scopeAll") boolean scopeAll,
			@Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param since first day of the first month
	 * @param until first day after the last month
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose records count
	 * @return revenue, won deals and leads per agent and month, by month
	 */
	@SqlQuery
	@RegisterConstructorMapper(AgentMonthRow.class)
	List<AgentMonthRow> monthly(@Bind("since") LocalDate since, @Bind("until") LocalDate until,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param id a warehouse user id
	 * @return the user with its team, or empty when there is no such user
	 */
	@SqlQuery
	@RegisterConstructorMapper(AgentTeamRow.class)
	Optional<AgentTeamRow> agent(@Bind("id") long id);

}
