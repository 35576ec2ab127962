package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.jdbi.v3.core.mapper.Nested;

/**
 * Every figure of a summary, read by one statement and so from one snapshot. The leaderboard arrives as three
 * lists in the same order; {@link #topAgents()} puts its lines together.
 *
 * @param totals the figures of the period and of the period it is compared with
 * @param revenueToDate revenue won since the start of the month, quarter and year, up to the end of today
 * @param topAgentNames the leaderboard's agents, best first
 * @param topAgentRevenues their revenue won in the period
 * @param topAgentRanks their places
 */
public record SummaryRow(@Nested PeriodTotalsRow totals, @Nested RevenueToDateRow revenueToDate,
		List<String> topAgentNames, List<BigDecimal> topAgentRevenues, List<Integer> topAgentRanks) {

	/** @return the leaderboard, best first (agents with equal revenue share a rank) */
	public List<AgentRevenueRow> topAgents() {
		return IntStream.range(0, this.topAgentNames.size())
			.mapToObj(i -> new AgentRevenueRow(this.topAgentNames.get(i), this.topAgentRevenues.get(i),
					this.topAgentRanks.get(i)))
			.toList();
	}

}
