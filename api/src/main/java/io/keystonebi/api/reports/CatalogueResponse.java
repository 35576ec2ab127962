package io.keystonebi.api.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.catalogue.Metric;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.definition.ReportRange;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.render.ReportFormat;

/**
 * What a report can be built from: the metrics the caller may see, the dimensions, views, ranges and formats, and
 * the built-in templates.
 *
 * @param metrics the metrics, in the catalogue's order
 * @param dimensions what metrics break down and filter by
 * @param views how a block is shown
 * @param ranges the periods a report covers
 * @param formats the file formats
 * @param templates the built-in templates
 */
@Schema(name = "ReportCatalogue")
record CatalogueResponse(List<MetricEntry> metrics, List<DimensionEntry> dimensions, List<Choice> views,
		List<Choice> ranges, List<Choice> formats, List<Template> templates) {

	static CatalogueResponse of(List<Metric> metrics, Set<Sensitivity> hidden, Map<String, ReportDefinition> templates) {
		return new CatalogueResponse(
				metrics.stream().filter((metric) -> !hidden.contains(metric.sensitivity())).map(MetricEntry::of).toList(),
				Arrays.stream(Dimension.values()).map(DimensionEntry::of).toList(),
				Arrays.stream(BlockView.values())
					.map((view) -> new Choice(view.code(), view == BlockView.KPI ? "Key figures"
							: view.code().substring(0, 1).toUpperCase(Locale.ROOT) + view.code().substring(1)))
					.toList(),
				Arrays.stream(ReportRange.values()).map((range) -> new Choice(range.code(), range.label())).toList(),
				Arrays.stream(ReportFormat.values()).map((format) -> new Choice(format.code(),
						format.name())).toList(),
				templates.entrySet().stream()
					.map((entry) -> new Template(entry.getKey(), entry.getValue().title(),
							DefinitionJson.tree(entry.getValue())))
					.toList());
	}

	/**
	 * A metric.
	 *
	 * @param code its name in definitions
	 * @param label what a person reads
	 * @param unit what its values are
	 * @param description how it is counted
	 * @param dimensions the codes of the dimensions it breaks down and filters by
	 * @param higherIsBetter whether a rise is good news
	 */
	@Schema(name = "ReportMetric")
	record MetricEntry(@Schema(example = "revenue") String code, @Schema(example = "Revenue") String label,
			@Schema(example = "money") String unit,
			@Schema(example = "Sum of the values of the deals won in the period.") String description,
			@Schema(example = "[\"agent\", \"team\", \"month\"]") List<String> dimensions,
			@Schema(example = "true") boolean higherIsBetter) {

		static MetricEntry of(Metric metric) {
			return new MetricEntry(metric.code(), metric.label(), metric.unit().name().toLowerCase(Locale.ROOT),
					metric.description(), Arrays.stream(Dimension.values()).filter(metric::supports)
						.map(Dimension::code).toList(),
					metric.higherIsBetter());
		}

	}

	/**
	 * A dimension.
	 *
	 * @param code its name in definitions
	 * @param label what a person reads
	 * @param period whether it breaks figures down over time
	 */
	@Schema(name = "ReportDimension")
	record DimensionEntry(@Schema(example = "month") String code, @Schema(example = "Month") String label,
			@Schema(example = "true") boolean period) {

		static DimensionEntry of(Dimension dimension) {
			return new DimensionEntry(dimension.code(), dimension.label(), dimension.period());
		}

	}

	/**
	 * One of a fixed set of choices.
	 *
	 * @param code its name in requests
	 * @param label what a person reads
	 */
	@Schema(name = "ReportChoice")
	record Choice(@Schema(example = "last_month") String code, @Schema(example = "Last month") String label) {
	}

	/**
	 * A built-in template, which the builder opens as a starting point.
	 *
	 * @param code its name in requests
	 * @param label its title
	 * @param definition what it holds, in the shape every definition is sent in
	 */
	@Schema(name = "ReportTemplate")
	record Template(@Schema(example = "monthly_executive_pack") String code,
			@Schema(example = "Monthly executive pack") String label,
			@Schema(type = "object", example = "{\"title\": \"Monthly executive pack\", \"range\": \"last_month\", "
					+ "\"from\": null, \"to\": null, \"blocks\": [{\"title\": \"Key figures\", \"metrics\": "
					+ "[\"revenue\"], \"dimension\": null, \"filters\": {}, \"view\": \"kpi\", \"limit\": null}]}")
			JsonNode definition) {
	}

}
