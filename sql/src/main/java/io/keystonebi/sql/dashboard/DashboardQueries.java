package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The dashboard's reads from the base tables. Every period is a pair of local dates {@code [from, to)} that each
 * location applies at its own midnight (its {@code timezone}), so a day means the brokerage's day; figures are
 * summed over all locations.
 */
@UseClasspathSqlLocator
public interface DashboardQueries {

	/** @return every location with its time zone and the time of its newest contact or opportunity data */
	@SqlQuery
	@RegisterConstructorMapper(LocationRow.class)
	List<LocationRow> locations();

	/**
	 * Every figure of a summary in one statement, so all of them come from one snapshot.
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param baseFrom first local date of the compared period, or null without one
	 * @param baseTo first local date after the compared period, or null without one
	 * @param monthStart first day of the current month
	 * @param quarterStart first day of the current quarter
	 * @param yearStart first day of the current year
	 * @param tomorrow first local date after today
	 * @param limit how many agents the leaderboard holds at most
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals and leads count
	 * @param settings commission rate and pipeline health settings
	 * @return revenue, leads and converted leads of each period and the pipeline value at its end, closed deals,
	 * GCI, speed to lead and appointments of each period, revenue won from each start up to {@code tomorrow}, the
	 * agents with the most revenue won in the period, the revenue targets of the period's months and the pipeline
	 * health figures at the period's end
	 */
	@SqlQuery
	@RegisterConstructorMapper(SummaryRow.class)
	SummaryRow summary(@Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("baseFrom") LocalDate baseFrom,
			@Bind("baseTo") LocalDate baseTo, @Bind("monthStart") LocalDate monthStart,
			@Bind("quarterStart") LocalDate quarterStart, @Bind("yearStart") LocalDate yearStart,
			@Bind("tomorrow") LocalDate tomorrow, @Bind("limit") int limit, @Bind("scopeAll") boolean scopeAll,
			@Bind("scopeUsers") long[] scopeUsers, @BindMethods SummarySettings settings);

	/**
	 * @param agingFactor how many times its median finished stay a deal may stay in a stage and still be on time
	 * @return per stage, its win probability and normal stay learned from all history, brokerage-wide
	 */
	@SqlQuery
	@RegisterConstructorMapper(StageStatisticsRow.class)
	List<StageStatisticsRow> stageStatistics(@Bind("agingFactor") BigDecimal agingFactor);

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose targets count
	 * @return the agents' summed revenue target of each month that overlaps the period, by month
	 */
	@SqlQuery
	@RegisterConstructorMapper(MonthlyTargetRow.class)
	List<MonthlyTargetRow> monthlyTargets(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

}
