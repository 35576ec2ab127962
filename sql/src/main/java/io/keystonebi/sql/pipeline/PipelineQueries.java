package io.keystonebi.sql.pipeline;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The pipeline page's reads of deals and activity. Periods are local dates {@code [from, to)} applied at each
 * location's own midnights; deals count in the caller's scope by their assigned agent, activity by the user who did
 * it or else the contact's agent.
 */
@UseClasspathSqlLocator
public interface PipelineQueries {

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose deals count
	 * @return per pipeline stage entered in the period, the entries and the median days to the next entry; in
	 * pipeline and stage order
	 */
	@SqlQuery
	@RegisterConstructorMapper(StageStayRow.class)
	List<StageStayRow> stageStays(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param to first local date after the period: what is open at the period's end counts, aged in whole days from
	 * its local creation day to the period's last day
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose leads and deals count
	 * @return open leads (not converted, and not with only lost deals) and open deals by age bucket
	 */
	@SqlQuery
	@RegisterConstructorMapper(AgingRow.class)
	List<AgingRow> aging(@Bind("to") LocalDate to, @Bind("scopeAll") boolean scopeAll,
			@Bind("scopeUsers") long[] scopeUsers);

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose activity counts
	 * @return the period's activity, stage entries and lead creations by weekday and hour
	 */
	@SqlQuery
	@RegisterConstructorMapper(ActivityRow.class)
	List<ActivityRow> activity(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("scopeAll") boolean scopeAll, @Bind("scopeUsers") long[] scopeUsers);

}
