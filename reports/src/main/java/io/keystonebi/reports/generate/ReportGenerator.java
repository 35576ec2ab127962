package io.keystonebi.reports.generate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.catalogue.BlockQuery;
import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.catalogue.Metric;
import io.keystonebi.reports.catalogue.MetricCatalogue;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportBlock;
import io.keystonebi.sql.dashboard.DashboardQueries;
import io.keystonebi.sql.dashboard.LocationRow;

/**
 * Makes a report definition for one audience: every block computed in the audience's data scope, the columns it
 * may not see removed, the data's freshness and a few sentences on what changed against the base period.
 */
@Component
public class ReportGenerator {

	private static final int MOVERS = 2;

	private final Jdbi jdbi;

	private final BlockQuery blocks;

	private final MetricCatalogue catalogue;

	private final Clock clock;

	ReportGenerator(Jdbi jdbi, BlockQuery blocks, MetricCatalogue catalogue, Clock clock) {
		this.jdbi = jdbi;
		this.blocks = blocks;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * @param definition what the report holds
	 * @param audience whose data, and which columns they may not see
	 * @param today the day it is made, in the reporting zone (the first location's), which its range counts from
	 * @return the report, ready for any format
	 * @throws InvalidReportParameterException when a block or the range is not valid; nothing is read then
	 */
	public GeneratedReport generate(ReportDefinition definition, Audience audience, LocalDate today) {
		if (definition.blocks().isEmpty()) {
			throw new InvalidReportParameterException("blocks", "[]",
					"report '" + definition.title() + "' needs at least one block");
		}
		definition.blocks().forEach(this.blocks::validate);
		ReportingPeriod period = definition.range().resolve(today, definition.from(), definition.to());
		ReportingPeriod base = definition.range().comparedWith(period);
		List<LocationRow> locations = this.jdbi.withHandle((handle) -> handle.attach(DashboardQueries.class).locations());
		List<BlockDefinition> visible = visible(definition.blocks(), audience);
		List<ReportBlock> made = new ArrayList<>();
		for (BlockDefinition block : visible) {
			Panel panel = this.blocks.compute(block, period, base, audience.scope()).without(audience.hidden());
			made.add(new ReportBlock(block.title(), block.view(), panel, lowerIsBetter(block)));
		}
		return new GeneratedReport(definition.title(), audience.label(), period, base, zone(locations),
				this.clock.instant(), stalest(locations), whatChanged(visible, audience, period, base, made), made,
				definitions(visible));
	}

	// The metrics an audience may not see are not computed at all, so neither their figures nor their definitions
	// reach the report; a block left without metrics (commission, for a viewer) is left out.
	private List<BlockDefinition> visible(List<BlockDefinition> blocks, Audience audience) {
		List<BlockDefinition> visible = new ArrayList<>();
		for (BlockDefinition block : blocks) {
			List<String> metrics = block.metrics().stream()
				.filter((code) -> !audience.hidden().contains(this.catalogue.metric(code).sensitivity()))
				.toList();
			if (!metrics.isEmpty()) {
				visible.add(new BlockDefinition(block.title(), metrics, block.dimension(), block.filters(),
						block.view(), block.limit()));
			}
		}
		return visible;
	}

	// Each metric once, where it first appears, so the report says how every figure in it is counted.
	private List<String> definitions(List<BlockDefinition> blocks) {
		return blocks.stream().flatMap((block) -> block.metrics().stream()).distinct()
			.map(this.catalogue::metric)
			.map((metric) -> metric.label() + ": " + metric.description())
			.toList();
	}

	private Set<String> lowerIsBetter(BlockDefinition block) {
		return block.metrics().stream().map(this.catalogue::metric).filter((metric) -> !metric.higherIsBetter())
			.map(Metric::code).collect(Collectors.toSet());
	}

	private List<String> whatChanged(List<BlockDefinition> blocks, Audience audience, ReportingPeriod period,
			ReportingPeriod base, List<ReportBlock> made) {
		if (WhatChanged.noData(made)) {
			return List.of("There is no data for " + audience.label() + " from " + period.from() + " to "
					+ period.lastDay() + ": no deals, leads, appointments, messages or market sales in scope.");
		}
		List<String> sentences = new ArrayList<>(WhatChanged.headlines(made));
		Set<Dimension> explained = EnumSet.noneOf(Dimension.class);
		for (int i = 0; i < made.size() && explained.size() < MOVERS; i++) {
			BlockDefinition block = blocks.get(i);
			if (block.view() == BlockView.KPI || block.dimension().period() || !explained.add(block.dimension())) {
				continue;
			}
			// Every value of the base period, so a row that was outside its top rows compares with its real figure.
			BlockDefinition whole = new BlockDefinition(block.title(), block.metrics(), block.dimension(),
					block.filters(), block.view(), null);
			Panel before = this.blocks.compute(whole, base, base, audience.scope()).without(audience.hidden());
			String sentence = WhatChanged.biggestMover(made.get(i).panel(), before);
			if (sentence != null) {
				sentences.add(sentence);
			}
			else {
				explained.remove(block.dimension());
			}
		}
		return sentences;
	}

	// As the summary: the reporting zone is the first location's, UTC while there is none.
	private static ZoneId zone(List<LocationRow> locations) {
		return locations.isEmpty() ? ZoneOffset.UTC : ZoneId.of(locations.get(0).timezone());
	}

	// The stamp every figure can honestly carry: the oldest of the locations' newest data.
	private static Instant stalest(List<LocationRow> locations) {
		return locations.stream().map(LocationRow::dataAsOf).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
	}

}
