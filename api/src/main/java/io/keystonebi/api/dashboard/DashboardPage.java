package io.keystonebi.api.dashboard;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

import io.keystonebi.api.sync.SyncReport;
import io.keystonebi.reports.kpi.Summary;
import io.keystonebi.reports.kpi.SummaryRequest;

/**
 * What the summary page shows, already formatted, so the template only lays it out.
 *
 * @param error why the request could not be answered, or null
 * @param summary the formatted figures, or null on error or without data
 * @param empty whether the warehouse has no data yet
 * @param period the period selector and the period in words
 * @param sync the GHL freshness stamp
 */
record DashboardPage(String error, SummaryView summary, boolean empty, PeriodControls period, SyncStamp sync) {

	static DashboardPage of(Summary summary, SummaryRequest request, SyncReport sync, boolean commission) {
		return new DashboardPage(null, summary.hasData() ? SummaryView.of(summary, commission) : null,
				!summary.hasData(), PeriodControls.of("/", request.range(), request.comparison().code(),
						summary.period().from(), summary.period().lastDay()),
				SyncStamp.of(sync, summary.zone()));
	}

	static DashboardPage invalid(String error, String from, String to, String compare, SyncReport sync) {
		return new DashboardPage(error, null, false, PeriodControls.invalid("/", from, to, compare),
				SyncStamp.of(sync, zone(sync)));
	}

	// Without a summary, times are shown in the zone of the first location the sync knows, else in UTC.
	static ZoneId zone(SyncReport sync) {
		return sync.locations().stream().map(l -> l.row().timezone()).filter(Objects::nonNull).findFirst()
			.map(ZoneId::of).orElse(ZoneOffset.UTC);
	}

	/**
	 * A link of the range selector.
	 *
	 * @param code the range parameter
	 * @param label what the link says
	 * @param compare the comparison to keep
	 * @param current whether it is the range shown
	 */
	record PresetLink(String code, String label, String compare, boolean current) {
	}

	/**
	 * An option of a select.
	 *
	 * @param value its value
	 * @param label what it says
	 */
	record Choice(String value, String label) {
	}

}
