package io.keystonebi.api.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The widgets of the dashboard page, in their default order: the one list both the page and the layout API
 * ({@code /api/v1/config/dashboard}) work from, so a widget added here is at once placeable and hideable.
 */
enum DashboardWidget {

	/** Revenue, leads, conversion rate and pipeline value with their changes. */
	KPI_CARDS("kpi_cards", false),

	/** Revenue month, quarter and year to date. */
	REVENUE_TO_DATE("revenue_to_date", false),

	/** What needs attention in the period. */
	ALERTS("alerts", true),

	/** Top agents by revenue. */
	LEADERBOARD("leaderboard", true),

	/** Caveats about the figures. */
	NOTES("notes", false);

	private final String id;

	private final boolean half;

	DashboardWidget(String id, boolean half) {
		this.id = id;
		this.half = half;
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
