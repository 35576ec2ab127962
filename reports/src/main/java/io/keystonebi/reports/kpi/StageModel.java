package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.dashboard.DashboardQueries;
import io.keystonebi.sql.dashboard.StageStatisticsRow;
import io.keystonebi.sql.dashboard.SummarySettings;

/**
 * The stage win probabilities and normal stays the pipeline health score applies, learned from all history. Learning
 * reads every stage entry and deal, so it is kept for {@code bi.reports.pipeline-health.relearn-after} rather than
 * redone for each summary: it describes years of history, which an hour's syncs barely move, and the summary's own
 * figures still come from one statement. Timed by the JVM's monotonic clock, not the business clock, since it is
 * about the age of a computation and not about what day it is.
 */
final class StageModel {

	private final ReportsProperties properties;

	private volatile Learned learned;

	StageModel(ReportsProperties properties) {
		this.properties = properties;
	}

	/** @return the summary statement's settings, with the stage model learned at most the configured time ago */
	SummarySettings settings(DashboardQueries queries) {
		Learned current = this.learned;
		long now = System.nanoTime();
		Duration relearnAfter = this.properties.pipelineHealth().relearnAfter();
		if (current == null || now - current.at() >= relearnAfter.toNanos()) {
			current = new Learned(now, queries.stageStatistics(this.properties.pipelineHealth().agingFactor()));
			this.learned = current;
		}
		return settings(current.rows());
	}

	private SummarySettings settings(List<StageStatisticsRow> rows) {
		List<StageStatisticsRow> stages = rows.stream().filter(row -> row.stageId() != null)
			.filter(row -> row.winProbability() != null || row.normalSeconds() != null).toList();
		BigDecimal fallback = rows.stream().map(StageStatisticsRow::overallWinProbability).filter(Objects::nonNull)
			.findFirst().orElse(BigDecimal.ZERO);
		return new SummarySettings(this.properties.commission().rate(),
				this.properties.pipelineHealth().touchedWithin().toSeconds(),
				stages.stream().mapToLong(StageStatisticsRow::stageId).toArray(),
				stages.stream().mapToDouble(row -> (row.winProbability() != null) ? row.winProbability().doubleValue()
						: fallback.doubleValue()).toArray(),
				stages.stream().map(row -> (row.winProbability() != null) ? row.basis() : "borrowed")
					.toArray(String[]::new),
				stages.stream().mapToDouble(row -> (row.normalSeconds() != null) ? row.normalSeconds() : -1).toArray(),
				fallback);
	}

	private record Learned(long at, List<StageStatisticsRow> rows) {
	}

}
