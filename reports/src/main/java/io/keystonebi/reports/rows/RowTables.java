package io.keystonebi.reports.rows;

import java.util.Arrays;
import java.util.List;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.rows.DealRow;
import io.keystonebi.sql.rows.LeadRow;
import io.keystonebi.sql.rows.SaleRow;

/** Drill rows as table panels: the columns of each row set, and its rows as values. */
final class RowTables {

	private static final List<Column> LEAD_COLUMNS = List.of(Column.of("contact_id", "Contact id", Unit.ID),
			Column.personal("contact", "Contact"), Column.of("created", "Created", Unit.DATE),
			Column.of("source", "Source", Unit.TEXT), Column.of("agent", "Agent", Unit.TEXT),
			Column.of("agent_id", "Agent id", Unit.ID), Column.of("status", "Status", Unit.TEXT),
			Column.of("first_won", "First deal won", Unit.DATE));

	private static final List<Column> DEAL_COLUMNS = List.of(Column.of("deal_id", "Deal id", Unit.ID),
			Column.of("deal", "Deal", Unit.TEXT), Column.personal("contact", "Contact"),
			Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID),
			Column.of("stage", "Stage", Unit.TEXT), Column.of("status", "Status", Unit.TEXT),
			Column.of("value", "Value", Unit.MONEY), Column.of("created", "Created", Unit.DATE),
			Column.of("closed", "Won or lost", Unit.DATE), Column.of("property_type", "Property type", Unit.TEXT));

	private static final List<Column> SALE_COLUMNS = List.of(Column.of("sold", "Sold", Unit.DATE),
			Column.of("price", "Price", Unit.MONEY), Column.of("zipcode", "Zipcode", Unit.TEXT),
			Column.of("bedrooms", "Bedrooms", Unit.COUNT), Column.of("sqft", "Living area (sq ft)", Unit.NUMBER),
			Column.of("price_per_sqft", "Price per sq ft", Unit.MONEY),
			Column.of("latitude", "Latitude", Unit.NUMBER), Column.of("longitude", "Longitude", Unit.NUMBER));

	private RowTables() {
	}

	static Panel leads(List<LeadRow> rows) {
		return table(RowSet.LEADS, "Leads", "The leads behind the point, newest first: each lead's source, agent and "
				+ "whether it converted (its first opportunity won) by the end of the period.", LEAD_COLUMNS,
				rows.stream().map((r) -> values(r.contactId(), r.contact(), r.created(), r.source(), r.agent(),
						r.agentId(), r.status(), r.firstWon())).toList());
	}

	static Panel deals(List<DealRow> rows) {
		return table(RowSet.DEALS, "Deals", "The deals behind the point, newest first: stage, status, value, agent "
				+ "and dates.", DEAL_COLUMNS,
				rows.stream().map((r) -> values(r.dealId(), r.deal(), r.contact(), r.agent(), r.agentId(), r.stage(),
						r.status(), r.value(), r.created(), r.closed(), r.propertyType())).toList());
	}

	static Panel sales(List<SaleRow> rows) {
		return table(RowSet.SALES, "Market sales", "The public market sales behind the point, newest first.",
				SALE_COLUMNS, rows.stream().map((r) -> values(r.sold(), r.price(), r.zipcode(), r.bedrooms(), r.sqft(),
						r.pricePerSqft(), r.latitude(), r.longitude())).toList());
	}

	private static Panel table(RowSet set, String title, String description, List<Column> columns,
			List<List<Object>> rows) {
		return Panel.of(set.code(), title, description, ChartType.TABLE, columns, rows);
	}

	// Arrays.asList, not List.of: most columns may be null.
	private static List<Object> values(Object... values) {
		return Arrays.asList(values);
	}

}
