package io.keystonebi.api.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.kpi.Comparison;
import io.keystonebi.reports.kpi.RangePreset;

/**
 * The period selector of a dashboard page: preset links, the custom range's fields and the comparison choices.
 *
 * @param path the page the links lead to
 * @param presets the preset links
 * @param from value of the custom "from" field
 * @param to value of the custom "to" field
 * @param compare the selected comparison
 * @param comparisons the comparison choices
 * @param periodText the period in words, or null when it could not be resolved
 */
record PeriodControls(String path, List<DashboardPage.PresetLink> presets, String from, String to, String compare,
		List<DashboardPage.Choice> comparisons, String periodText) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

	static PeriodControls of(String path, RangePreset selected, String compare, LocalDate from, LocalDate lastDay) {
		return new PeriodControls(path, presetLinks(selected, compare), (from != null) ? from.toString() : null,
				(lastDay != null) ? lastDay.toString() : null, compare, comparisonChoices(),
				(from != null) ? DAY.format(from) + " – " + DAY.format(lastDay) : null);
	}

	/** @return the selector after a request it could not answer: the fields keep what was typed */
	static PeriodControls invalid(String path, String from, String to, String compare) {
		String known = knownComparison(compare);
		return new PeriodControls(path, presetLinks(null, known), from, to, known, comparisonChoices(), null);
	}

	private static String knownComparison(String compare) {
		return Arrays.stream(Comparison.values()).map(Comparison::code).filter((code) -> code.equals(compare))
			.findFirst().orElse(Comparison.PREVIOUS.code());
	}

	private static List<DashboardPage.PresetLink> presetLinks(RangePreset selected, String compare) {
		return Arrays.stream(RangePreset.values())
			.filter((preset) -> preset != RangePreset.QUARTER_TO_DATE)
			.map((preset) -> new DashboardPage.PresetLink(preset.code(), preset.label(), compare, preset == selected))
			.toList();
	}

	private static List<DashboardPage.Choice> comparisonChoices() {
		return List.of(new DashboardPage.Choice(Comparison.PREVIOUS.code(), "Previous period"),
				new DashboardPage.Choice(Comparison.LAST_YEAR.code(), "Same period last year"),
				new DashboardPage.Choice(Comparison.TARGET.code(), "Target"));
	}

}
