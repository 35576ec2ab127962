package io.keystonebi.api.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.keystonebi.api.sync.SyncReport;
import io.keystonebi.reports.kpi.Comparison;
import io.keystonebi.reports.kpi.RangePreset;
import io.keystonebi.reports.kpi.Summary;
import io.keystonebi.reports.kpi.SummaryRequest;

/**
 * What the summary page shows, already formatted, so the template only lays it out.
 *
 * @param error why the request could not be answered, or null
 * @param summary the formatted figures, or null on error or without data
 * @param empty whether the warehouse has no data yet
 * @param periodText the period in words
 * @param presets the range links
 * @param from value of the custom "from" field
 * @param to value of the custom "to" field
 * @param compare the selected comparison code
 * @param comparisons the comparison choices
 * @param sync the GHL freshness stamp
 */
record DashboardPage(String error, SummaryView summary, boolean empty, String periodText, List<PresetLink> presets,
		String from, String to, String compare, List<Choice> comparisons, SyncStamp sync) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

	static DashboardPage of(Summary summary, SummaryRequest request, SyncReport sync, boolean commission) {
		String compare = request.comparison().code();
		return new DashboardPage(null, summary.hasData() ? SummaryView.of(summary, commission) : null,
				!summary.hasData(),
				DAY.format(summary.period().from()) + " – " + DAY.format(summary.period().lastDay()),
				presets(request.range(), compare), iso(summary.period().from()), iso(summary.period().lastDay()),
				compare, comparisonChoices(), SyncStamp.of(sync, summary.zone()));
	}

	static DashboardPage invalid(String error, String from, String to, String compare, SyncReport sync) {
		String code = Arrays.stream(Comparison.values()).map(Comparison::code).filter(c -> c.equals(compare))
			.findFirst().orElse(Comparison.PREVIOUS.code());
		return new DashboardPage(error, null, false, null, presets(null, code), from, to, code, comparisonChoices(),
				SyncStamp.of(sync, zone(sync)));
	}

	// Without a summary, times are shown in the zone of the first location the sync knows, else in UTC.
	private static ZoneId zone(SyncReport sync) {
		return sync.locations().stream().map(l -> l.row().timezone()).filter(Objects::nonNull).findFirst()
			.map(ZoneId::of).orElse(ZoneOffset.UTC);
	}

	private static List<PresetLink> presets(RangePreset selected, String compare) {
		return Arrays.stream(RangePreset.values())
			.filter(p -> p != RangePreset.QUARTER_TO_DATE)
			.map(p -> new PresetLink(p.code(), p.label(), compare, p == selected))
			.toList();
	}

	private static List<Choice> comparisonChoices() {
		return List.of(new Choice(Comparison.PREVIOUS.code(), "Previous period"),
				new Choice(Comparison.LAST_YEAR.code(), "Same period last year"),
				new Choice(Comparison.TARGET.code(), "Target"));
	}

	private static String iso(LocalDate date) {
		return date.toString();
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
