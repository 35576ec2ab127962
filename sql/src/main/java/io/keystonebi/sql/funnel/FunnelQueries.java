package io.keystonebi.sql.funnel;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The lead funnel's reads. A lead is a contact of type {@code lead} (every contact where a location does not use
 * the type), counted on its creation in the location's time zone, in the caller's scope by its assigned agent; it
 * converted when one of its deals was won before the end of its window, as the summary's conversion rate counts.
 */
@UseClasspathSqlLocator
public interface FunnelQueries {

	/**
	 * @param query the windows and the thresholds
	 * @param steps how the stages map to funnel steps
	 * @return the windows' leads counted by every grouping the pages need, in one statement
	 */
	default List<CohortRow> cohort(CohortQuery query, FunnelSteps steps) {
		return cohort(query, steps, FunnelSteps.placement());
	}

	/**
	 * @param query the windows and the thresholds
	 * @param steps how the stages map to funnel steps
	 * @param placement {@link FunnelSteps#placement()}
	 * @return the windows' leads counted by every grouping the pages need, in one statement
	 */
	@SqlQuery
	@RegisterConstructorMapper(CohortRow.class)
	List<CohortRow> cohort(@BindMethods CohortQuery query, @BindMethods FunnelSteps steps,
			@Define("placement") String placement);

	/**
	 * @param from first local date of the period
	 * @param to first local date after the period
	 * @param kinds for each cohort, {@code source} or {@code tag}
	 * @param values for each cohort, the source or tag (compared ignoring case and surrounding spaces)
	 * @param scopeAll whether the caller sees the whole brokerage
	 * @param scopeUsers otherwise, the warehouse users whose leads count
	 * @return for each cohort by position, its leads created in the period and those converted by the period's end
	 */
	@SqlQuery
	@RegisterConstructorMapper(ExperimentCohortRow.class)
	List<ExperimentCohortRow> experiments(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@Bind("kinds") String[] kinds, @Bind("values") String[] values, @Bind("scopeAll") boolean scopeAll,
			@Bind("scopeUsers") long[] scopeUsers);

}
