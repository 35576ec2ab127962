package io.keystonebi.sql.rows;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import io.keystonebi.sql.funnel.FunnelSteps;

/**
 * The rows behind a chart's point. Each set is one static statement whose filters are nullable binds, so any
 * combination of filters runs the same SQL and no value is ever part of its text. Each row carries the number of
 * rows that match without the limit.
 */
@UseClasspathSqlLocator
public interface RowsQueries {

	/**
	 * @param query the window, scope and filters
	 * @param steps how the stages map to funnel steps, as the funnel's counts are bound
	 * @return the leads that match, newest first by the query's date, at most its limit
	 */
	default List<LeadRow> leads(RowQuery query, FunnelSteps steps) {
		return leads(query, steps, FunnelSteps.placement());
	}

	/**
	 * @param query the window, scope and filters
	 * @param steps how the stages map to funnel steps, as the funnel's counts are bound
	 * @param placement {@link FunnelSteps#placement()}
	 * @return the leads that match, newest first by the query's date, at most its limit
	 */
	@SqlQuery
	@RegisterConstructorMapper(LeadRow.class)
	List<LeadRow> leads(@BindMethods RowQuery query, @BindMethods FunnelSteps steps,
			@Define("placement") String placement);

	/**
	 * @param query the window, scope and filters
	 * @return the deals that match, newest first by the query's date, at most its limit
	 */
	@SqlQuery
	@RegisterConstructorMapper(DealRow.class)
	List<DealRow> deals(@BindMethods RowQuery query);

	/**
	 * @param query the window and filters; market sales have no scope
	 * @return the market sales that match, newest first, at most its limit
	 */
	@SqlQuery
	@RegisterConstructorMapper(SaleRow.class)
	List<SaleRow> sales(@BindMethods RowQuery query);

}
