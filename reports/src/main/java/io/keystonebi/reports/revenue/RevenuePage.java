package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.ReportsProperties.Commission.DealValue;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelSource;
import io.keystonebi.sql.revenue.RevenueQueries;

/**
 * The revenue page: four statements (breakdowns, months, pipeline, clients) on one connection, each panel built
 * from their rows. What monetary values hold, the commission rate and the agent split come from
 * {@code bi.reports.commission.*} (as on the summary), the concentration threshold from {@code bi.reports.revenue.*}.
 */
@Component
class RevenuePage implements PanelSource {

	private static final int TOP_CLIENTS = 5;

	private final ReportsProperties.Revenue settings;

	private final ReportsProperties.Commission commission;

	RevenuePage(ReportsProperties properties) {
		this.settings = properties.revenue();
		this.commission = properties.commission();
	}

	@Override
	public String page() {
		return "revenue";
	}

	@Override
	public List<Panel> panels(Handle handle, PanelContext context) {
		RevenueQueries queries = handle.attach(RevenueQueries.class);
		ReportingPeriod period = context.period();
		boolean salePrice = this.commission.valueIs() == DealValue.SALE_PRICE;
		BigDecimal defaultRate = this.commission.rate();
		BreakdownPanels breakdowns = new BreakdownPanels(queries.breakdown(period.from(), period.to(), salePrice,
				defaultRate, context.scopeAll(), context.scopeUsers()), this.commission);
		MonthWindows windows = new MonthWindows(period);
		MonthPanels months = new MonthPanels(windows, queries.months(windows.since(), windows.until(), period.from(),
				period.to(), context.scopeAll(), context.scopeUsers()));
		List<Panel> panels = new ArrayList<>(breakdowns.panels());
		panels.add(breakdowns.commission());
		panels.add(PipelinePanel.of(queries.pipeline(period.from(), period.to(), context.scopeAll(),
				context.scopeUsers())));
		panels.add(months.againstTarget());
		panels.add(months.byMonth());
		panels.add(months.byQuarter());
		panels.add(months.byYear());
		panels.add(months.dealSizeTrend());
		panels.add(ConcentrationPanel.of(queries.topClients(period.from(), period.to(), TOP_CLIENTS,
				context.scopeAll(), context.scopeUsers()), this.settings.concentrationThresholdPercent()));
		return panels;
	}

}
