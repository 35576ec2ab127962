package io.keystonebi.reports.agents;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.agents.AgentMonthRow;

/** Revenue per month of the agents with the most revenue over the trailing months: one line per agent. */
final class AgentTrends {

	private final YearMonth first;

	private final YearMonth last;

	private final List<AgentMonthRow> rows;

	AgentTrends(YearMonth first, YearMonth last, List<AgentMonthRow> rows) {
		this.first = first;
		this.last = last;
		this.rows = rows;
	}

	Panel panel(int top) {
		List<Top> leaders = leaders(top);
		List<Column> columns = new ArrayList<>(List.of(Column.of("month", "Month", Unit.MONTH)));
		leaders.forEach((agent) -> columns.add(Column.of("agent_" + agent.id(), agent.name(), Unit.MONEY)));
		List<List<Object>> values = new ArrayList<>();
		for (YearMonth month = this.first; !leaders.isEmpty() && !month.isAfter(this.last); month = month.plusMonths(1)) {
			List<Object> row = new ArrayList<>(List.of(month.toString()));
			for (Top agent : leaders) {
				row.add(agent.months().getOrDefault(month, BigDecimal.ZERO));
			}
			values.add(row);
		}
		long months = this.first.until(this.last, ChronoUnit.MONTHS) + 1;
		String description = "Revenue won per calendar month over the last " + months + " months (the last being the"
				+ " month of the period's last day), one line for each of the " + top + " agents in scope with the most"
				+ " revenue over those months. Click a month for its won deals.";
		return new Panel("trends", "Top agents' revenue by month", description, ChartType.LINE, columns, values,
				new Drill(RowSet.DEALS, Map.of("date", "won", "status", "won"), Map.of("month", "month")), List.of());
	}

	private List<Top> leaders(int top) {
		Map<Long, List<AgentMonthRow>> byAgent = this.rows.stream()
			.filter((row) -> row.deals() > 0)
			.collect(Collectors.groupingBy(AgentMonthRow::agentId, LinkedHashMap::new, Collectors.toList()));
		return byAgent.values().stream()
			.map(Top::of)
			.sorted(Comparator.comparing(Top::total).reversed().thenComparing(Top::name).thenComparing(Top::id))
			.limit(top)
			.toList();
	}

	private record Top(long id, String name, BigDecimal total, Map<YearMonth, BigDecimal> months) {

		static Top of(List<AgentMonthRow> rows) {
			Map<YearMonth, BigDecimal> months = rows.stream()
				.collect(Collectors.toMap((row) -> YearMonth.from(row.month()), AgentMonthRow::revenue));
			BigDecimal total = rows.stream().map(AgentMonthRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
			return new Top(rows.get(0).agentId(), rows.get(0).name(), total, months);
		}

	}

}
