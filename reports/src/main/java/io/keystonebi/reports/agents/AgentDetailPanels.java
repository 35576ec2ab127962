package io.keystonebi.reports.agents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.revenue.RevenueFigures;
import io.keystonebi.sql.agents.AgentFiguresRow;
import io.keystonebi.sql.agents.AgentMonthRow;

/** The panels of one agent's page, from the agent's figures, its team's and its months. */
final class AgentDetailPanels {

	private final AgentFiguresRow agent;

	private final Map<String, String> agentsWonDeals;

	private final ReportingPeriod period;

	AgentDetailPanels(AgentFiguresRow agent, long agentId, ReportingPeriod period) {
		this.agent = agent;
		this.agentsWonDeals = Map.of("date", "won", "status", "won", "agent", Long.toString(agentId));
		this.period = period;
	}

	Panel profile(BigDecimal brokeragePipeline, BigDecimal quota) {
		AgentFiguresRow a = this.agent;
		List<Column> columns = List.of(Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID),
				Column.of("leads", "Leads handled", Unit.COUNT), Column.of("conversion_rate", "Conversion rate", Unit.PERCENT),
				Column.of("revenue", "Revenue", Unit.MONEY), Column.of("deals_won", "Deals won", Unit.COUNT),
				Column.of("average_deal_size", "Average deal size", Unit.MONEY),
				Column.of("speed_to_lead", "Speed to lead", Unit.MINUTES),
				Column.of("follow_up_compliance", "Follow-up compliance", Unit.PERCENT),
				Column.of("calls", "Calls", Unit.COUNT), Column.of("emails", "E-mails", Unit.COUNT),
				Column.of("meetings", "Meetings", Unit.COUNT), Column.of("open_pipeline", "Open pipeline", Unit.MONEY),
				Column.of("pipeline_share", "Share of pipeline", Unit.PERCENT),
				Column.of("quota_attainment", "Quota attainment", Unit.PERCENT));
		List<Object> row = Arrays.asList(a.name(), a.agentId(), a.leads(), RevenueFigures.percent(a.conversions(), a.leads()),
				a.revenue(), a.dealsWon(), RevenueFigures.averageDeal(a.revenue(), a.dealsWon()), a.speedToLeadMinutes(),
				a.followUpCompliance(), a.calls(), a.emails(), a.meetings(), a.openValue(),
				RevenueFigures.percent(a.openValue(), brokeragePipeline), RevenueFigures.percent(a.revenue(), quota));
		String description = "The agent's period: leads handled (contacts created in the period and assigned to the"
				+ " agent) and the share of them converted by the period's end; revenue and deals won and the average"
				+ " deal size; speed to lead (median minutes from a lead's creation to the first outbound call, message"
				+ " or e-mail by a person) and follow-up compliance (inbound messages answered within 24 hours); calls,"
				+ " e-mails and meetings (appointments not cancelled) in the period; the value of the agent's deals open"
				+ " at the period's end and its share of the whole brokerage's open pipeline; and quota attainment"
				+ " (revenue / the agent's monthly targets prorated to the period). Activity figures are empty where"
				+ " the warehouse holds no messages or appointments, never counted as 0.";
		return new Panel("profile", "Agent profile", description, ChartType.TABLE, columns, List.of(row),
				new Drill(RowSet.DEALS, this.agentsWonDeals, Map.of()), List.of());
	}

	Panel versusTeam(List<AgentFiguresRow> team) {
		List<List<Object>> rows = new ArrayList<>();
		metric(rows, "Revenue", team, 2, AgentFiguresRow::revenue);
		metric(rows, "Deals won", team, 1, (a) -> BigDecimal.valueOf(a.dealsWon()));
		metric(rows, "Average deal size", team, 2, (a) -> RevenueFigures.averageDeal(a.revenue(), a.dealsWon()));
		metric(rows, "Leads", team, 1, (a) -> BigDecimal.valueOf(a.leads()));
		metric(rows, "Conversion rate (%)", team, 1, (a) -> RevenueFigures.percent(a.conversions(), a.leads()));
		metric(rows, "Speed to lead (minutes)", team, 1, AgentFiguresRow::speedToLeadMinutes);
		metric(rows, "Follow-up compliance (%)", team, 1, AgentFiguresRow::followUpCompliance);
		metric(rows, "Activities", team, 1, (a) -> (a.activities() != null) ? BigDecimal.valueOf(a.activities()) : null);
		List<Column> columns = List.of(Column.of("metric", "Figure", Unit.TEXT),
				Column.of("of_team_average", "Agent as % of team average", Unit.PERCENT),
				Column.of("agent", "Agent", Unit.NUMBER), Column.of("team_average", "Team average", Unit.NUMBER));
		String description = "The agent's figures for the period next to the average of its team's agents (the"
				+ " agent included; each average over the agents that have the figure), and the agent's figure as a"
				+ " percentage of the average: 100 is the team's average, and for speed to lead less is better."
				+ " Figures are as on the agent's profile; the team average is empty for an agent without a team,"
				+ " and a figure is empty where there is no data for it.";
		return Panel.of("versus_team", "Agent versus team", description, ChartType.HBAR, columns, rows);
	}

	private void metric(List<List<Object>> rows, String name, List<AgentFiguresRow> team, int scale,
			Function<AgentFiguresRow, BigDecimal> figure) {
		List<BigDecimal> values = team.stream().map(figure).filter(Objects::nonNull).toList();
		BigDecimal average = values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
		BigDecimal mine = figure.apply(this.agent);
		BigDecimal ofAverage = (mine == null || average == null || average.signum() == 0) ? null
				: mine.multiply(BigDecimal.valueOf(100)).divide(average, 1, RoundingMode.HALF_UP);
		rows.add(Arrays.asList(name, ofAverage, mine, average));
	}

	Panel monthly(YearMonth first, YearMonth last, List<AgentMonthRow> months) {
		List<List<Object>> rows = new ArrayList<>();
		for (YearMonth month = first; !months.isEmpty() && !month.isAfter(last); month = month.plusMonths(1)) {
			YearMonth current = month;
			AgentMonthRow row = months.stream().filter((m) -> YearMonth.from(m.month()).equals(current)).findFirst()
				.orElse(null);
			rows.add(Arrays.asList(month.toString(), (row != null) ? row.revenue() : BigDecimal.ZERO,
					(row != null) ? row.leads() : 0L));
		}
		List<Column> columns = List.of(Column.of("month", "Month", Unit.MONTH), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("leads", "Leads", Unit.COUNT));
		String description = "The agent's revenue won and leads created in each of the last " + rows.size()
				+ " calendar months, the last being the month of the period's last day. Click a month for the agent's"
				+ " won deals of that month.";
		return new Panel("monthly", "Agent by month", description, ChartType.LINE, columns, rows,
				new Drill(RowSet.DEALS, this.agentsWonDeals, Map.of("month", "month")), List.of());
	}

	Panel goal(BigDecimal quota) {
		List<Column> columns = List.of(Column.of("period", "Period", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("quota", "Quota", Unit.MONEY), Column.of("attainment", "Attainment", Unit.PERCENT));
		List<Object> row = Arrays.asList(this.period.from() + " to " + this.period.lastDay(), this.agent.revenue(), quota,
				RevenueFigures.percent(this.agent.revenue(), quota));
		String description = "The agent's revenue won in the period next to its quota: its monthly revenue targets,"
				+ " a month only partly in the period counting by the share of its days inside it. Attainment is"
				+ " revenue / quota in percent; quota and attainment are empty when the agent has no target.";
		return new Panel("goal", "Revenue against quota", description, ChartType.BAR, columns, List.of(row),
				new Drill(RowSet.DEALS, this.agentsWonDeals, Map.of()), List.of());
	}

}
