package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.ReportsProperties.Commission.DealValue;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.revenue.RevenueBreakdownRow;

/** The revenue page's breakdowns of the period's won deals (agent, team, source, property type) and commission. */
final class BreakdownPanels {

	private static final Map<String, String> WON = Map.of("date", "won", "status", "won");

	private final List<RevenueBreakdownRow> rows;

	private final ReportsProperties.Commission settings;

	BreakdownPanels(List<RevenueBreakdownRow> rows, ReportsProperties.Commission settings) {
		this.rows = rows;
		this.settings = settings;
	}

	List<Panel> panels() {
		return List.of(
				breakdown("by_agent", "Revenue by agent", "agent", "Agent", "agent",
						"each agent's won deals (deals without an agent are shown as (unassigned))"),
				breakdown("by_team", "Revenue by team", "team", "Team", "team",
						"the won deals of each team's agents, by the team the agent is in now (agents without a team"
								+ " are shown as (no team))"),
				breakdown("by_source", "Revenue by lead source", "source", "Source", null,
						"the won deals of each lead source (deals without a source are shown as (none))"),
				breakdown("by_property_type", "Revenue by property type", "property_type", "Property type",
						"property_type", "the won deals of each property type (deals without one are shown as (none))"));
	}

	private Panel breakdown(String id, String title, String dimension, String label, String idFilter, String what) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of(dimension, label, Unit.TEXT));
		if (idFilter != null) {
			columns.add(Column.of(dimension + "_id", label + " id", Unit.ID));
		}
		columns.addAll(List.of(Column.of("revenue", "Revenue", Unit.MONEY), Column.of("deals", "Deals won", Unit.COUNT),
				Column.commission("gci", "GCI")));
		List<List<Object>> values = of(dimension).stream().map((row) -> idFilter != null
				? Arrays.<Object>asList(row.label(), row.key(), row.revenue(), row.deals(), row.gci())
				: Arrays.<Object>asList(row.label(), row.revenue(), row.deals(), row.gci()))
			.toList();
		String description = "Revenue (sum of deal values) won in the period by " + what + ", with the number of deals"
				+ " won and their gross commission income (GCI, " + gciRule() + "). Most revenue first. Click a bar"
				+ " for its won deals.";
		Map<String, String> byColumn = (idFilter != null) ? Map.of(dimension + "_id", idFilter) : Map.of("source", "source");
		return new Panel(id, title, description, ChartType.HBAR, columns, values, new Drill(RowSet.DEALS, WON, byColumn),
				List.of());
	}

	Panel commission() {
		BigDecimal split = this.settings.agentSplit();
		List<Column> columns = List.of(Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID),
				Column.of("deals", "Deals won", Unit.COUNT), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.commission("gci", "GCI"), Column.commission("agent_commission", "Agent commission"),
				Column.commission("company_dollar", "Company dollar"));
		List<List<Object>> values = of("agent").stream().map((row) -> {
			BigDecimal agentCommission = row.gci().multiply(split).setScale(2, RoundingMode.HALF_UP);
			return Arrays.<Object>asList(row.label(), row.key(), row.deals(), row.revenue(), row.gci(), agentCommission,
					row.gci().subtract(agentCommission));
		}).toList();
		String description = "Per agent, the period's revenue won and what it earns: GCI (" + gciRule()
				+ "), the agent's commission (GCI x the " + this.settings.agentSplit().movePointRight(2).stripTrailingZeros()
					.toPlainString()
				+ "% agent split) and the company dollar (GCI minus agent commission). Most revenue first. Click a row"
				+ " for the agent's won deals.";
		return new Panel("commission", "Commission by agent", description, ChartType.TABLE, columns, values,
				new Drill(RowSet.DEALS, WON, Map.of("agent_id", "agent")), List.of());
	}

	private String gciRule() {
		if (this.settings.valueIs() == DealValue.COMMISSION) {
			return "deal values are commissions here, so GCI equals revenue";
		}
		return "deal value x the property type's commission rate, or "
				+ this.settings.rate().movePointRight(2).stripTrailingZeros().toPlainString()
				+ "% where the type sets none";
	}

	private List<RevenueBreakdownRow> of(String dimension) {
		return this.rows.stream().filter((row) -> row.dimension().equals(dimension)).toList();
	}

}
