package io.keystonebi.reports.agents;

import java.time.YearMonth;
import java.util.List;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelSource;
import io.keystonebi.sql.agents.AgentFiguresRow;
import io.keystonebi.sql.agents.AgentQueries;

/**
 * The agents page: two statements (each agent's figures for the period, and revenue by agent and month) on one
 * connection. The trends panel follows as many agents as {@code bi.reports.top-agents}.
 */
@Component
class AgentsPage implements PanelSource {

	/** Follow-up compliance counts an inbound message answered within a day (the KPI definitions' SLA). */
	static final int SLA_MINUTES = 24 * 60;

	static final int TREND_MONTHS = 6;

	private final int topAgents;

	AgentsPage(ReportsProperties properties) {
		this.topAgents = properties.topAgents();
	}

	@Override
	public String page() {
		return "agents";
	}

	@Override
	public List<Panel> panels(Handle handle, PanelContext context) {
		AgentQueries queries = handle.attach(AgentQueries.class);
		ReportingPeriod period = context.period();
		List<AgentFiguresRow> agents = queries.figures(period.from(), period.to(), SLA_MINUTES, context.scopeAll(),
				context.scopeUsers());
		YearMonth last = YearMonth.from(period.lastDay());
		YearMonth first = last.minusMonths(TREND_MONTHS - 1);
		AgentTrends trends = new AgentTrends(first, last, queries.monthly(first.atDay(1), last.plusMonths(1).atDay(1),
				context.scopeAll(), context.scopeUsers()));
		return List.of(Leaderboard.agents(agents), Leaderboard.teams(agents), trends.panel(this.topAgents),
				SkillMatrix.panel(agents));
	}

}
