package io.keystonebi.reports.revenue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.revenue.PipelineValueRow;

/** Closed value next to open and weighted pipeline value. */
final class PipelinePanel {

	private PipelinePanel() {
	}

	static Panel of(PipelineValueRow row) {
		// The drill's date filter differs per bar, so it travels in a column that is never drawn.
		List<Column> columns = List.of(Column.of("value_kind", "Value", Unit.TEXT), Column.of("value", "Amount", Unit.MONEY),
				Column.of("deals", "Deals", Unit.COUNT), Column.of("drill_date", "Deals by", Unit.ID));
		boolean empty = row.closedDeals() == 0 && row.openDeals() == 0;
		List<List<Object>> rows = empty ? List.of() : List.of(
				Arrays.asList("Closed (won in the period)", row.closedValue(), row.closedDeals(), "won"),
				Arrays.asList("Open pipeline at the period's end", row.openValue(), row.openDeals(), "open_at_end"),
				Arrays.asList("Weighted pipeline", row.weightedValue(), row.openDeals() - row.unweightedDeals(),
						"open_at_end"));
		String description = "Three amounts side by side: the value of deals won in the period; the pipeline value,"
				+ " the value of deals open at the period's end; and the weighted pipeline, each of those open deals"
				+ " times its stage's win probability (configured on the stage, else learned: the share won among"
				+ " past deals that entered the stage and were won or lost). Click a bar for its deals.";
		List<String> findings = new ArrayList<>();
		if (row.unweightedDeals() > 0) {
			findings.add(row.unweightedDeals() + " open deals are in a stage without a configured or learned win"
					+ " probability and are left out of the weighted pipeline.");
		}
		return new Panel("pipeline_value", "Closed and pipeline value", description, ChartType.BAR, columns, rows,
				new Drill(RowSet.DEALS, Map.of(), Map.of("drill_date", "date")), empty ? List.of() : findings);
	}

}
