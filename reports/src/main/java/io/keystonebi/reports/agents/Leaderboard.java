package io.keystonebi.reports.agents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.revenue.RevenueFigures;
import io.keystonebi.sql.agents.AgentFiguresRow;

/** The agents ranked by revenue, and the same figures summed per team. */
final class Leaderboard {

	private static final Map<String, String> WON = Map.of("date", "won", "status", "won");

	private static final String COUNTING = " Revenue is the sum of deal values won in the period; average deal size"
			+ " is revenue / deals won; leads are contacts created in the period; conversions are those leads whose"
			+ " contact had a deal won by the period's end, and the conversion rate is conversions / leads.";

	private Leaderboard() {
	}

	static Panel agents(List<AgentFiguresRow> agents) {
		List<Column> columns = new ArrayList<>(List.of(Column.of("rank", "Rank", Unit.COUNT),
				Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID),
				Column.of("team", "Team", Unit.TEXT)));
		columns.addAll(figureColumns());
		List<List<Object>> rows = new ArrayList<>();
		int rank = 0;
		BigDecimal previous = null;
		for (int i = 0; i < agents.size(); i++) {
			AgentFiguresRow agent = agents.get(i);
			// Equal revenue shares a place, as on the summary's leaderboard.
			rank = (previous != null && agent.revenue().compareTo(previous) == 0) ? rank : i + 1;
			previous = agent.revenue();
			List<Object> row = new ArrayList<>(Arrays.asList(rank, agent.name(), agent.agentId(), agent.teamName()));
			row.addAll(figures(agent.revenue(), agent.dealsWon(), agent.leads(), agent.conversions()));
			rows.add(row);
		}
		String description = "Every agent in scope ranked by revenue won in the period (equal revenue shares a"
				+ " rank), with deals won, average deal size, leads, conversions and conversion rate." + COUNTING
				+ " Click a row for the agent's won deals.";
		return new Panel("leaderboard", "Agent leaderboard", description, ChartType.TABLE, columns, rows,
				new Drill(RowSet.DEALS, WON, Map.of("agent_id", "agent")), List.of());
	}

	static Panel teams(List<AgentFiguresRow> agents) {
		Map<Long, List<AgentFiguresRow>> byTeam = new LinkedHashMap<>();
		agents.stream()
			.sorted(Comparator.comparing(AgentFiguresRow::teamName, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach((agent) -> byTeam.computeIfAbsent(agent.teamId(), (id) -> new ArrayList<>()).add(agent));
		List<List<Object>> rows = new ArrayList<>();
		byTeam.forEach((teamId, members) -> {
			BigDecimal revenue = members.stream().map(AgentFiguresRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
			List<Object> row = new ArrayList<>(Arrays.asList((teamId != null) ? members.get(0).teamName() : "(no team)",
					teamId, members.size()));
			row.addAll(figures(revenue, sum(members, AgentFiguresRow::dealsWon), sum(members, AgentFiguresRow::leads),
					sum(members, AgentFiguresRow::conversions)));
			rows.add(row);
		});
		rows.sort((a, b) -> ((BigDecimal) b.get(3)).compareTo((BigDecimal) a.get(3)));
		List<Column> columns = new ArrayList<>(List.of(Column.of("team", "Team", Unit.TEXT),
				Column.of("team_id", "Team id", Unit.ID), Column.of("agents", "Agents", Unit.COUNT)));
		columns.addAll(figureColumns());
		String description = "The leaderboard's figures summed over each team's agents in scope (by the team each"
				+ " agent is in now; agents without a team together as (no team)), most revenue first. A team's"
				+ " average deal size and conversion rate are computed from its sums." + COUNTING
				+ " Click a row for the team's won deals.";
		return new Panel("by_team", "Teams", description, ChartType.TABLE, columns, rows,
				new Drill(RowSet.DEALS, WON, Map.of("team_id", "team")), List.of());
	}

	private static List<Column> figureColumns() {
		return List.of(Column.of("revenue", "Revenue", Unit.MONEY), Column.of("deals_won", "Deals won", Unit.COUNT),
				Column.of("average_deal_size", "Average deal size", Unit.MONEY), Column.of("leads", "Leads", Unit.COUNT),
				Column.of("conversions", "Conversions", Unit.COUNT),
				Column.of("conversion_rate", "Conversion rate", Unit.PERCENT));
	}

	private static List<Object> figures(BigDecimal revenue, long deals, long leads, long conversions) {
		return Arrays.asList(revenue, deals, RevenueFigures.averageDeal(revenue, deals), leads, conversions,
				RevenueFigures.percent(conversions, leads));
	}

	private static long sum(List<AgentFiguresRow> agents, ToLongFunction<AgentFiguresRow> figure) {
		return agents.stream().mapToLong(figure).sum();
	}

}
