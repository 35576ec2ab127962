package io.keystonebi.reports.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The executive summary of one period.
 *
 * @param period the period
 * @param zone the time zone "today" was taken in (the first location's)
 * @param current the period's figures
 * @param comparison what they are compared with
 * @param changes the changes against it
 * @param revenueToDate revenue month, quarter and year to date
 * @param topAgents the revenue leaderboard
 * @param alerts what crossed a threshold
 * @param dataAsOf the oldest of the locations' newest data, so every figure is at least this fresh; null
 * without data
 * @param locations freshness per location
 * @param notes caveats a reader needs, e.g. missing targets
 * @param more GCI, average deal size, win rate, speed to lead and appointments with their changes
 * @param pipelineHealth the pipeline health score at the period's end with its parts
 */
public record Summary(ReportingPeriod period, ZoneId zone, KpiTotals current, ComparisonBasis comparison,
		KpiChanges changes, RevenueToDate revenueToDate, List<AgentRanking> topAgents, List<Alert> alerts,
		Instant dataAsOf, List<LocationFreshness> locations, List<String> notes, MoreKpis more,
		PipelineHealth pipelineHealth) {

	/** @return whether the warehouse holds any contact or opportunity at all */
	public boolean hasData() {
		return this.dataAsOf != null;
	}

}
