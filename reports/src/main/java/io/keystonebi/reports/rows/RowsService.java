package io.keystonebi.reports.rows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.funnel.LeadCohort;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.sql.funnel.FunnelSteps;
import io.keystonebi.sql.rows.DealRow;
import io.keystonebi.sql.rows.LeadRow;
import io.keystonebi.sql.rows.RowQuery;
import io.keystonebi.sql.rows.RowsQueries;
import io.keystonebi.sql.rows.SaleRow;

/**
 * The rows behind any chart's point: the leads, deals or market sales a panel's {@code Drill} names, filtered by
 * its filters and the point's values, always within the caller's scope (leads by their contact's agent, deals by
 * theirs; market sales are public and unscoped). Filters are listed in {@code docs/pages/drill-down.md}.
 */
@Component
public class RowsService {

	/** The most rows one page may hold. */
	public static final int MAX_LIMIT = 1000;

	private final int fiscalYearStartMonth;

	private final FunnelSteps funnelSteps;

	RowsService(ReportsProperties properties) {
		this.fiscalYearStartMonth = properties.fiscalYearStartMonth();
		this.funnelSteps = LeadCohort.steps(properties.funnel());
	}

	/**
	 * @param handle an open connection
	 * @param context the period, compared period, reporting zone and the caller's scope
	 * @param set which rows
	 * @param filters filter name to value, all optional and all applied together
	 * @param limit how many rows at most, 1 to {@link #MAX_LIMIT}
	 * @return the newest rows that match and how many match in all
	 * @throws InvalidReportParameterException naming the filter for an unknown filter, a value that does not parse
	 * or a filter that does not apply to the set, or naming {@code limit} when it is out of range
	 */
	public RowsPage rows(Handle handle, PanelContext context, RowSet set, Map<String, String> filters, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidReportParameterException("limit", Integer.toString(limit),
					"must be 1 to " + MAX_LIMIT);
		}
		RowQuery query = RowFilters.parse(set, filters, context, this.fiscalYearStartMonth, limit);
		RowsQueries sql = handle.attach(RowsQueries.class);
		return switch (set) {
			case LEADS -> page(sql.leads(query, this.funnelSteps), RowTables::leads, LeadRow::total, limit);
			case DEALS -> page(sql.deals(query), RowTables::deals, DealRow::total, limit);
			case SALES -> page(sql.sales(query), RowTables::sales, SaleRow::total, limit);
		};
	}

	// Every row carries the count of all that match, so an empty page is the only one without it.
	private static <R> RowsPage page(List<R> rows, Function<List<R>, Panel> table, ToLongFunction<R> total,
			int limit) {
		return new RowsPage(table.apply(rows), rows.isEmpty() ? 0 : total.applyAsLong(rows.get(0)), limit);
	}

}
