package io.keystonebi.reports.definition;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.keystonebi.reports.catalogue.Dimension;

/**
 * One block of a report: which metrics, broken down by what, filtered how, shown how.
 *
 * @param title what a person reads above it
 * @param metrics metric codes from the catalogue, at least one, in the order shown
 * @param dimension what the figures are broken down by, or null for totals (a {@link BlockView#KPI} block)
 * @param filters per dimension, the values kept (ids as text for agent, team, office, stage and property type);
 * an absent dimension is not filtered
 * @param view how it is shown
 * @param limit at most this many rows, the largest first by the first metric; null for all (period dimensions
 * are never cut)
 */
public record BlockDefinition(String title, List<String> metrics, Dimension dimension,
		Map<Dimension, List<String>> filters, BlockView view, Integer limit) {

	public BlockDefinition {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(view, "view");
		metrics = List.copyOf(metrics);
		filters = (filters != null) ? Map.copyOf(filters) : Map.of();
	}

}
