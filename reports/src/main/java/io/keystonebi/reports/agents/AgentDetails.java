package io.keystonebi.reports.agents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.revenue.RevenueFigures;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.agents.AgentFiguresRow;
import io.keystonebi.sql.agents.AgentQueries;
import io.keystonebi.sql.agents.AgentTeamRow;
import io.keystonebi.sql.dashboard.DashboardQueries;
import io.keystonebi.sql.dashboard.MonthlyTargetRow;
import io.keystonebi.sql.revenue.RevenueQueries;

/**
 * One agent's own page, the drill-down of the agents page: the agent's profile, its figures next to its team's
 * average, its last months and its revenue against quota. The team average and the pipeline share compare the
 * agent with its team and the whole brokerage; they are aggregates, so any caller who may see the agent sees them.
 */
@Component
public class AgentDetails {

	/**
	 * @param handle an open connection; all statements run on it
	 * @param context the period and the caller's scope
	 * @param agentId the agent's warehouse user id
	 * @return the panels {@code profile}, {@code versus_team}, {@code monthly} and {@code goal}, in that order
	 * @throws AgentNotInScopeException when no such user exists or the caller's scope does not hold it
	 */
	public List<Panel> agent(Handle handle, PanelContext context, long agentId) {
		AgentQueries queries = handle.attach(AgentQueries.class);
		AgentTeamRow agent = queries.agent(agentId)
			.filter((row) -> inScope(context.scope(), row.id()))
			.orElseThrow(() -> new AgentNotInScopeException(agentId));
		ReportingPeriod period = context.period();
		long[] team = LongStream.concat(LongStream.of(agentId),
				agent.teamMemberIds().stream().mapToLong(Long::longValue)).distinct().toArray();
		List<AgentFiguresRow> figures = queries.figures(period.from(), period.to(), AgentsPage.SLA_MINUTES, false, team);
		AgentFiguresRow own = figures.stream().filter((row) -> row.agentId() == agentId).findFirst()
			.orElseGet(() -> idle(agent));
		BigDecimal brokeragePipeline = handle.attach(RevenueQueries.class)
			.pipeline(period.from(), period.to(), true, new long[0]).openValue();
		BigDecimal quota = quota(handle, period, agentId);
		YearMonth last = YearMonth.from(period.lastDay());
		YearMonth first = last.minusMonths(AgentsPage.TREND_MONTHS - 1);
		AgentDetailPanels panels = new AgentDetailPanels(own, agentId, period);
		return List.of(panels.profile(brokeragePipeline, quota),
				panels.versusTeam((agent.teamId() != null) ? figures : List.of()),
				panels.monthly(first, last, queries.monthly(first.atDay(1), last.plusMonths(1).atDay(1), false,
						new long[] { agentId })),
				panels.goal(quota));
	}

	private static boolean inScope(DataScope scope, long agentId) {
		return scope.whole() || LongStream.of(scope.userIds()).anyMatch((id) -> id == agentId);
	}

	private static BigDecimal quota(Handle handle, ReportingPeriod period, long agentId) {
		Map<LocalDate, BigDecimal> monthly = handle.attach(DashboardQueries.class)
			.monthlyTargets(period.from(), period.to(), false, new long[] { agentId }).stream()
			.collect(Collectors.toMap(MonthlyTargetRow::month, MonthlyTargetRow::revenueTarget));
		return RevenueFigures.periodTarget(period, monthly);
	}

	// A user who is not (or no longer) an agent and has nothing in the period is left out of the figures.
	private static AgentFiguresRow idle(AgentTeamRow agent) {
		return new AgentFiguresRow(agent.id(), agent.name(), agent.teamId(), agent.teamName(), 0, 0, 0, BigDecimal.ZERO,
				BigDecimal.ZERO, null, null, null, null, null, null);
	}

}
