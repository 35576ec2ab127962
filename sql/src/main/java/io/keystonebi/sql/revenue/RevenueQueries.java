package io.keystonebi.sql.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The revenue page's reads from the base tables. Periods are local dates {@code [from, to)} that each location
 * applies at its own midnight; figures are summed over all locations. Every statement keeps the deals assigned
 * to {@code scopeUsers} unless {@code scopeAll}.
 */
@UseClasspathSqlLocator
public interface RevenueQueries {

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param salePrice whether monetary values are sale prices (GCI = value x rate) rather than commissions
	 * @param defaultRate commission rate (a fraction) of deals whose property type sets none
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals count
	 * @return revenue, won deals and GCI by agent, team, source and property type, most revenue first
	 */
	@SqlQuery
	@RegisterConstructorMapper(RevenueBreakdownRow.class)
	List<RevenueBreakdownRow> breakdown(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("salePrice") boolean salePrice, @Bind("defaultRate") BigDecimal defaultRate,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param since first day of the first month
	 * @param until first day after the last month
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals and targets count
	 * @return the months with a won deal or a target, in order
	 */
	@SqlQuery
	@RegisterConstructorMapper(RevenueMonthRow.class)
	List<RevenueMonthRow> months(@Bind("since") LocalDate since, @Bind("until") LocalDate until,
			@Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("scopeAll") boolean scopeAll,
			@Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals count
	 * @return closed value in the period and open and weighted value at its end
	 */
	@SqlQuery
	@RegisterConstructorMapper(PipelineValueRow.class)
	PipelineValueRow pipeline(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param limit how many clients at most
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals count
	 * @return the clients with the most revenue won in the period, most first, each with the totals over all
	 */
	@SqlQuery
	@RegisterConstructorMapper(ClientRevenueRow.class)
	List<ClientRevenueRow> topClients(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("limit") int limit, @Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

}
