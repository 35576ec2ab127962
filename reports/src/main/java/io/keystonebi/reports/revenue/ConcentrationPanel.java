package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
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
import io.keystonebi.sql.revenue.ClientRevenueRow;

/** How much of the period's revenue a few clients bring: the top 5's share and the Herfindahl index. */
final class ConcentrationPanel {

	private ConcentrationPanel() {
	}

	static Panel of(List<ClientRevenueRow> clients, BigDecimal thresholdPercent) {
		List<Column> columns = List.of(Column.of("rank", "Rank", Unit.COUNT), Column.personal("client", "Client"),
				Column.of("contact_id", "Contact id", Unit.ID), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("deals", "Deals won", Unit.COUNT), Column.of("share", "Share of revenue", Unit.PERCENT));
		List<List<Object>> rows = new ArrayList<>();
		for (ClientRevenueRow client : clients) {
			rows.add(Arrays.asList(rows.size() + 1, client.name(), client.contactId(), client.revenue(), client.deals(),
					RevenueFigures.percent(client.revenue(), client.totalRevenue())));
		}
		String threshold = thresholdPercent.stripTrailingZeros().toPlainString();
		String description = "The clients (contacts, named by their company when they have one) with the most revenue"
				+ " won in the period, and each one's share of the revenue from all clients. Revenue is flagged as"
				+ " concentrated when the top " + rows.size() + " together hold more than " + threshold + "%. The"
				+ " Herfindahl index sums every client's squared share: near 0 when revenue is spread over many"
				+ " clients, 1 when one client brings it all. Click a row for the client's won deals.";
		Panel panel = new Panel("concentration", "Revenue concentration", description, ChartType.TABLE, columns, rows,
				new Drill(RowSet.DEALS, Map.of("date", "won", "status", "won"), Map.of("contact_id", "contact")),
				List.of());
		return clients.isEmpty() ? panel : panel.finding(findings(clients, thresholdPercent, threshold));
	}

	private static List<String> findings(List<ClientRevenueRow> clients, BigDecimal thresholdPercent, String threshold) {
		ClientRevenueRow totals = clients.get(0);
		BigDecimal top = clients.stream().map(ClientRevenueRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal share = RevenueFigures.percent(top, totals.totalRevenue());
		List<String> findings = new ArrayList<>();
		boolean flagged = share != null && share.compareTo(thresholdPercent) > 0;
		if (share == null) {
			return List.of("The period's won deals with a client have no value, so there are no shares.");
		}
		findings.add("The top " + clients.size() + " of " + totals.clients() + " clients bring " + share.toPlainString()
				+ "% of revenue: " + (flagged ? "above" : "within") + " the " + threshold + "% threshold"
				+ (flagged ? ", so revenue is concentrated." : "."));
		findings.add("Herfindahl index over " + totals.clients() + " clients: " + totals.herfindahl().toPlainString()
				+ ".");
		if (totals.unattributedRevenue().signum() != 0) {
			findings.add(totals.unattributedRevenue().toPlainString() + " of revenue came from deals without a contact"
					+ " and is left out of the shares.");
		}
		return findings;
	}

}
