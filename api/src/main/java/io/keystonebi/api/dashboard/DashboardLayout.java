package io.keystonebi.api.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.keystonebi.reports.kpi.Comparison;
import io.keystonebi.reports.kpi.SummaryRequest;

/**
 * One account's dashboard: every widget in the order shown with whether it is shown, and the period and
 * comparison the page opens with when its address names none. Also the JSON of
 * {@code /api/v1/config/dashboard}.
 *
 * @param widgets every widget of {@link DashboardWidget}, each once, in page order
 * @param range the default range, a code {@link SummaryRequest} accepts ({@code 30d}, {@code mtd}, ...)
 * @param compare the default comparison ({@code previous}, {@code last_year} or {@code target})
 */
record DashboardLayout(List<WidgetSetting> widgets, String range, String compare) {

	/** @return every widget shown in its usual place, the last 30 days compared with the period before */
	static DashboardLayout defaults() {
		return new DashboardLayout(Arrays.stream(DashboardWidget.values())
			.map((widget) -> new WidgetSetting(widget.id(), true)).toList(),
				SummaryRequest.DEFAULT_RANGE.code(), Comparison.PREVIOUS.code());
	}

	/**
	 * @return the shown widgets as the page lays them out: one per row, except that two half-width widgets
	 * next to each other share a row
	 */
	List<Row> rows() {
		List<DashboardWidget> shown = this.widgets.stream().filter(WidgetSetting::visible)
			.map((setting) -> DashboardWidget.byId(setting.id()).orElseThrow()).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			DashboardWidget widget = shown.get(i);
			if (widget.half() && i + 1 < shown.size() && shown.get(i + 1).half()) {
				rows.add(new Row(List.of(widget.id(), shown.get(++i).id())));
			}
			else {
				rows.add(new Row(List.of(widget.id())));
			}
		}
		return rows;
	}

	/** @return every widget in page order with its label, for the layout editor */
	List<EditorEntry> editor() {
		return this.widgets.stream()
			.map((setting) -> new EditorEntry(setting.id(),
					DashboardWidget.byId(setting.id()).map(DashboardWidget::label).orElse(setting.id()), setting.visible()))
			.toList();
	}

	/**
	 * A line of the layout editor.
	 *
	 * @param id the widget's id
	 * @param label its name
	 * @param visible whether it is shown
	 */
	record EditorEntry(String id, String label, boolean visible) {
	}

	/**
	 * A widget's place in the layout.
	 *
	 * @param id its {@link DashboardWidget} id
	 * @param visible whether the page shows it
	 */
	record WidgetSetting(String id, boolean visible) {
	}

	/**
	 * A row of the page.
	 *
	 * @param widgets the ids of its one or two widgets, left to right
	 */
	record Row(List<String> widgets) {

		/** @return whether two widgets share the row */
		public boolean paired() {
			return this.widgets.size() > 1;
		}

	}

}
