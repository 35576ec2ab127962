package io.keystonebi.reports.catalogue;

import java.util.List;
import java.util.Map;

import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** Checks a block against the catalogue before anything is read, naming the offending value. */
final class BlockValidation {

	private BlockValidation() {
	}

	static List<Definition> check(BlockDefinition block, MetricCatalogue catalogue) {
		if (block.metrics().isEmpty()) {
			throw new InvalidReportParameterException("metrics", "[]",
					"block '" + block.title() + "' needs at least one metric");
		}
		List<Definition> definitions = block.metrics().stream().map(catalogue::definition).toList();
		Dimension dimension = block.dimension();
		if (block.view() != BlockView.KPI && dimension == null) {
			throw new InvalidReportParameterException("dimension", "null",
					"a " + block.view().code() + " block ('" + block.title() + "') needs a dimension");
		}
		if (block.view() == BlockView.LINE && !dimension.period()) {
			throw new InvalidReportParameterException("dimension", dimension.code(),
					"a line block ('" + block.title() + "') needs a period dimension: day, week, month or quarter");
		}
		if (block.view() == BlockView.KPI && dimension != null) {
			throw new InvalidReportParameterException("dimension", dimension.code(),
					"a kpi block ('" + block.title() + "') shows totals and takes no dimension");
		}
		for (Definition definition : definitions) {
			if (dimension != null && !definition.metric().supports(dimension)) {
				throw new InvalidReportParameterException("dimension", dimension.code(),
						"metric " + definition.metric().code() + " cannot be broken down by " + dimension.code());
			}
		}
		for (Map.Entry<Dimension, List<String>> filter : block.filters().entrySet()) {
			checkFilter(filter.getKey(), definitions);
		}
		if (block.limit() != null && block.limit() < 1) {
			throw new InvalidReportParameterException("limit", block.limit().toString(), "must be at least 1");
		}
		return definitions;
	}

	private static void checkFilter(Dimension dimension, List<Definition> definitions) {
		if (dimension.period()) {
			throw new InvalidReportParameterException("filters", dimension.code(),
					"periods are chosen by the report's range, not filtered");
		}
		for (Definition definition : definitions) {
			if (!definition.metric().supports(dimension)) {
				throw new InvalidReportParameterException("filters", dimension.code(),
						"metric " + definition.metric().code() + " cannot be filtered by " + dimension.code());
			}
		}
	}

}
