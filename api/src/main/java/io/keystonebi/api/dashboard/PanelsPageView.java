package io.keystonebi.api.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.Unit;

/**
 * What a page of panels shows, formatted, so the template only lays it out: each panel's table is on the page
 * itself (readable without the charts, and their text alternative), and the script draws the charts from the API.
 *
 * @param code the page's name
 * @param title its heading
 * @param intro the sentence under it
 * @param dataAsOf the freshness stamp, or null without data
 * @param empty whether the warehouse has no data at all yet
 * @param panels the panels
 */
record PanelsPageView(String code, String title, String intro, String dataAsOf, boolean empty,
		List<PanelView> panels) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.US);

	static PanelsPageView of(PanelPages page, PanelPage computed, ZoneId zone, String query) {
		return of(page.code(), page.title(), page.intro(), computed, zone, query);
	}

	/**
	 * @param code the page's path below {@code /api/v1/dashboard/}, e.g. {@code agents/12} for an agent's page
	 * @return the page as shown
	 */
	static PanelsPageView of(String code, String title, String intro, PanelPage computed, ZoneId zone, String query) {
		return new PanelsPageView(code, title, intro,
				(computed.dataAsOf() != null) ? STAMP.format(computed.dataAsOf().atZone(zone)) : null,
				computed.dataAsOf() == null,
				computed.panels().stream().map((panel) -> PanelView.of(code, panel, query)).toList());
	}

	static PanelsPageView failed(String code, String title, String intro) {
		return new PanelsPageView(code, title, intro, null, false, List.of());
	}

	/**
	 * One panel.
	 *
	 * @param id its id, which the script finds it by
	 * @param title its heading
	 * @param description its text alternative
	 * @param chart how the script draws it
	 * @param findings what the data shows
	 * @param headers the table's column headers
	 * @param rows the table's cells
	 * @param csv where its table downloads as CSV, with the page's period
	 * @param drill whether its points have rows behind them
	 */
	record PanelView(String id, String title, String description, String chart, List<String> findings,
			List<HeaderCell> headers, List<List<Cell>> rows, String csv, boolean drill) {

		static PanelView of(String page, Panel panel, String query) {
			List<Column> columns = panel.columns();
			List<HeaderCell> headers = columns.stream()
				.map((column) -> new HeaderCell(column.key(), column.label(), column.unit() == Unit.ID,
						numeric(column.unit())))
				.toList();
			int agentId = index(columns, "agent_id");
			List<List<Cell>> rows = panel.rows().stream()
				.map((row) -> IntStream.range(0, columns.size())
					.mapToObj((i) -> Cell.of(columns.get(i), row.get(i),
							agentLink(columns.get(i), (agentId >= 0) ? row.get(agentId) : null)))
					.toList())
				.toList();
			return new PanelView(panel.id(), panel.title(), panel.description(),
					panel.chart().name().toLowerCase(Locale.ROOT), panel.findings(), headers, rows,
					"/api/v1/dashboard/" + page + "/" + panel.id() + "/csv" + query, panel.drill() != null);
		}

		private static int index(List<Column> columns, String key) {
			return IntStream.range(0, columns.size()).filter((i) -> columns.get(i).key().equals(key)).findFirst()
				.orElse(-1);
		}

		// An agent's name leads to the agent's own page.
		private static String agentLink(Column column, Object agentId) {
			return (column.key().equals("agent") && agentId != null) ? "/agents/" + agentId : null;
		}

		private static boolean numeric(Unit unit) {
			return switch (unit) {
				case TEXT, ID, DATE, MONTH -> false;
				default -> true;
			};
		}

	}

	/**
	 * A column header.
	 *
	 * @param key the column's key
	 * @param label what it says
	 * @param id whether it holds ids (kept for drilling, hidden on screen)
	 * @param numeric whether its cells are numbers (aligned right)
	 */
	record HeaderCell(String key, String label, boolean id, boolean numeric) {
	}

	/**
	 * A table cell.
	 *
	 * @param text the value as shown
	 * @param value the value as the API gives it, or empty for null
	 * @param link where the value leads (an agent's name to the agent's page), or null
	 */
	record Cell(String text, String value, String link) {

		static Cell of(Column column, Object value, String link) {
			return new Cell(PanelFormat.format(column.unit(), value),
					(value == null) ? "" : (value instanceof java.math.BigDecimal number) ? number.toPlainString()
							: value.toString(), link);
		}

	}

}
