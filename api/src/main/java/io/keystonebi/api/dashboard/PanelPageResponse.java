package io.keystonebi.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;

/**
 * A dashboard page as JSON: its period and freshness, and each panel as columns and rows, so any client can draw
 * the chart, read it as a table or export it.
 *
 * @param page the page's name
 * @param from first day of the period
 * @param to last day of the period, included
 * @param compareFrom first day of the compared period, or null when the comparison is with targets
 * @param compareTo its last day, or null
 * @param dataAsOf the newest data every figure reflects, or null without data
 * @param panels the panels in the order the page shows them
 */
@Schema(name = "PanelPage")
record PanelPageResponse(@Schema(example = "pipeline") String page, @Schema(example = "2026-03-01") LocalDate from,
		@Schema(example = "2026-03-30") LocalDate to, @Schema(example = "2026-01-30") LocalDate compareFrom,
		@Schema(example = "2026-02-28") LocalDate compareTo, @Schema(example = "2026-03-30T17:42:00Z") Instant dataAsOf,
		List<PanelResponse> panels) {

	/**
	 * @param page the page as computed
	 * @param caller who asks: a viewer never receives personal data or commission
	 * @return the page as the caller may see it
	 */
	static PanelPageResponse of(PanelPage page, Caller caller) {
		PanelPage shown = page.without(caller.hiddenColumns());
		return new PanelPageResponse(shown.page(), shown.from(), shown.to(), shown.compareFrom(), shown.compareTo(),
				shown.dataAsOf(), shown.panels().stream().map((panel) -> PanelResponse.of(shown.page(), panel)).toList());
	}

	/**
	 * One chart and its table.
	 *
	 * @param id its name in the page
	 * @param title its heading
	 * @param description what it shows and how it is counted: also the chart's text alternative
	 * @param chart how it is drawn
	 * @param columns its columns
	 * @param rows a list of values per row, in the columns' order: text, numbers or null
	 * @param drill where the rows behind a point are, or null
	 * @param findings what the data shows, in sentences
	 * @param csv where its table is downloaded as CSV
	 */
	@Schema(name = "Panel")
	record PanelResponse(@Schema(example = "lead_sources") String id, @Schema(example = "Lead volume by source") String title,
			@Schema(example = "Leads created each month, by the source GHL recorded.") String description,
			@Schema(example = "stacked_bar", allowableValues = { "bar", "hbar", "stacked_bar", "line", "funnel",
					"sankey", "heatmap", "map", "table" }) String chart,
			List<ColumnResponse> columns,
			@Schema(example = "[[\"2026-03\", \"paid_search\", 42]]") List<List<Object>> rows, DrillResponse drill,
			List<String> findings, @Schema(example = "/api/v1/dashboard/pipeline/lead_sources/csv") String csv) {

		static PanelResponse of(String page, Panel panel) {
			return new PanelResponse(panel.id(), panel.title(), panel.description(),
					panel.chart().name().toLowerCase(Locale.ROOT),
					panel.columns().stream().map(ColumnResponse::of).toList(), panel.rows(),
					DrillResponse.of(panel.drill()), panel.findings(),
					"/api/v1/dashboard/" + page + "/" + panel.id() + "/csv");
		}

	}

	/**
	 * A column.
	 *
	 * @param key its name, also the CSV header
	 * @param label what a person reads
	 * @param unit what its values are
	 */
	@Schema(name = "PanelColumn")
	record ColumnResponse(@Schema(example = "leads") String key, @Schema(example = "Leads") String label,
			@Schema(example = "count", allowableValues = { "text", "id", "date", "month", "count", "money", "percent",
					"days", "minutes", "number", "score" }) String unit) {

		static ColumnResponse of(Column column) {
			return new ColumnResponse(column.key(), column.label(), column.unit().name().toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * Where the rows behind a point are: {@code GET /api/v1/dashboard/rows/{rows}} with the fixed filters and, for
	 * the point chosen, the filters its row's columns give.
	 *
	 * @param rows which rows: leads, deals or sales
	 * @param filters filters every drill from this panel applies
	 * @param byColumn for each column whose value becomes a filter, the filter's name
	 */
	@Schema(name = "PanelDrill")
	record DrillResponse(@Schema(example = "leads") String rows,
			@Schema(example = "{\"date\": \"created\"}") Map<String, String> filters,
			@Schema(example = "{\"source\": \"source\", \"month\": \"month\"}") Map<String, String> byColumn) {

		static DrillResponse of(Drill drill) {
			return (drill == null) ? null : new DrillResponse(drill.rows().code(), drill.filters(), drill.byColumn());
		}

	}

}
