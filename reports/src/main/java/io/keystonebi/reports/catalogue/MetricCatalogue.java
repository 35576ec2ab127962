package io.keystonebi.reports.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * Every metric a report can show, in a fixed order, each defined as {@code docs/metrics.md} and the KPI definitions
 * describe it; GCI and commissions follow {@code bi.reports.commission.*}.
 */
@Component
public class MetricCatalogue {

	private final Map<String, Definition> definitions = new LinkedHashMap<>();

	/** @param properties the commission settings the commission metrics follow */
	public MetricCatalogue(ReportsProperties properties) {
		List<Definition> all = new ArrayList<>(DealMetrics.all(properties.commission()));
		all.addAll(ActivityMetrics.all());
		for (Definition definition : all) {
			if (this.definitions.put(definition.metric().code(), definition) != null) {
				throw new IllegalStateException("Two metrics are named " + definition.metric().code());
			}
		}
	}

	/** @return every metric, in the catalogue's order */
	public List<Metric> metrics() {
		return this.definitions.values().stream().map(Definition::metric).toList();
	}

	/**
	 * @param code a metric's code
	 * @return the metric
	 * @throws InvalidReportParameterException when no metric has that code
	 */
	public Metric metric(String code) {
		return definition(code).metric();
	}

	Definition definition(String code) {
		Definition definition = (code != null) ? this.definitions.get(code.strip()) : null;
		if (definition == null) {
			throw new InvalidReportParameterException("metrics", String.valueOf(code),
					"no such metric; expected one of " + String.join(", ", this.definitions.keySet()));
		}
		return definition;
	}

}
