package io.keystonebi.api.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.catalogue.Metric;
import io.keystonebi.reports.catalogue.MetricCatalogue;
import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * Checks a definition against the metric catalogue before it is saved or made, so a bad block is refused naming the
 * field the builder shows it beside ({@code blocks[0].dimension}) rather than failing when a schedule runs it.
 */
@Component
class DefinitionChecks {

	private final MetricCatalogue catalogue;

	DefinitionChecks(MetricCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * @param definition a definition whose shape is already checked
	 * @return the definition
	 * @throws InvalidReportParameterException naming the first block field that does not fit the catalogue
	 */
	ReportDefinition check(ReportDefinition definition) {
		for (int i = 0; i < definition.blocks().size(); i++) {
			block(definition.blocks().get(i), "blocks[" + i + "]");
		}
		return definition;
	}

	private void block(BlockDefinition block, String path) {
		List<Metric> metrics = new ArrayList<>();
		for (int j = 0; j < block.metrics().size(); j++) {
			String code = block.metrics().get(j);
			String field = path + ".metrics[" + j + "]";
			metrics.add(metric(code).orElseThrow(
					() -> new InvalidReportParameterException(field, code, "no such metric in the catalogue")));
		}
		view(block, path);
		if (block.dimension() != null) {
			unsupported(metrics, block.dimension()).ifPresent((metric) -> {
				throw new InvalidReportParameterException(path + ".dimension", block.dimension().code(),
						"metric " + metric.code() + " cannot be broken down by " + block.dimension().label()
								.toLowerCase(Locale.ROOT));
			});
		}
		for (Map.Entry<Dimension, List<String>> filter : block.filters().entrySet()) {
			if (filter.getKey().period()) {
				throw new InvalidReportParameterException(path + ".filters." + filter.getKey().code(),
						String.join(",", filter.getValue()), "periods are chosen by the report's range, not filtered");
			}
			unsupported(metrics, filter.getKey()).ifPresent((metric) -> {
				throw new InvalidReportParameterException(path + ".filters." + filter.getKey().code(),
						String.join(",", filter.getValue()), "metric " + metric.code() + " cannot be filtered by "
								+ filter.getKey().label().toLowerCase(Locale.ROOT));
			});
		}
	}

	// What each view draws needs a dimension of its kind: figures none, lines one over time, the others any.
	private static void view(BlockDefinition block, String path) {
		Dimension dimension = block.dimension();
		if (block.view() == BlockView.KPI && dimension != null) {
			throw new InvalidReportParameterException(path + ".dimension", dimension.code(),
					"a kpi block shows totals; choose a table or a chart to break them down");
		}
		if (block.view() != BlockView.KPI && dimension == null) {
			throw new InvalidReportParameterException(path + ".dimension", "null",
					"a " + block.view().code() + " block needs a dimension to break its figures down by");
		}
		if (block.view() == BlockView.LINE && !dimension.period()) {
			throw new InvalidReportParameterException(path + ".dimension", dimension.code(),
					"a line block needs a period dimension: day, week, month or quarter");
		}
	}

	private Optional<Metric> metric(String code) {
		return this.catalogue.metrics().stream().filter((metric) -> metric.code().equals(code)).findFirst();
	}

	private static Optional<Metric> unsupported(List<Metric> metrics, Dimension dimension) {
		return metrics.stream().filter((metric) -> !metric.supports(dimension)).findFirst();
	}

}
