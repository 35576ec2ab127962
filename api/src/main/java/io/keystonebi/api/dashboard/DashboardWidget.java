package io.keystonebi.api.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The widgets of the dashboard page, in their default order: the one list both the page and the layout API
 * ({@code /api/v1/config/dashboard}) work from, so a widget added here is at once placeable and hideable.
 */
enum DashboardWidget {

	/** Revenue, GCI, leads, conversion rate, pipeline value, deal size, speed to lead, appointments, win rate. */
	KPI_CARDS("kpi_cards", "Key figures", false),

	/** The pipeline health score and its four parts, each explained. */
	PIPELINE_HEALTH("pipeline_health", "Pipeline health", false),

	/** Revenue month, quarter and year to date. */
	REVENUE_TO_DATE("revenue_to_date", "Revenue to date", false),

	/** What needs attention in the period. */
	ALERTS("alerts", "Alerts", true),

	/** Top agents by revenue. */
	LEADERBOARD("leaderboard", "Top agents", true),

	/** Caveats about the figures. */
	NOTES("notes", "Notes", false);

	private final String id;

	private final String label;

	private final boolean half;

	DashboardWidget(String id, String label, boolean half) {
		this.id = id;
		this.label = label;
		this.half = half;
	}

	/** @return what a person calls it, e.g. in the layout editor */
	String label() {
		return this.label;
	}

	/** @return the id used in layouts and in the page's markup */
	String id() {
		return this.id;
	}

	/** @return whether it takes half the width on a wide screen, so two such widgets in a row share it */
	boolean half() {
		return this.half;
	}

	static Optional<DashboardWidget> byId(String id) {
		return Arrays.stream(values()).filter((widget) -> widget.id.equals(id)).findFirst();
	}

}
