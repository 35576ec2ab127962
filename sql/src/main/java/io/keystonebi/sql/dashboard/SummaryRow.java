package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jdbi.v3.core.mapper.Nested;

/**
 * Every figure of a summary, read by one statement and so from one snapshot. The leaderboard arrives as three
 * lists in the same order; {@link #topAgents()} puts its lines together.
 *
 * @param totals the figures of the period and of the period it is compared with
 * @param details the period's closed deals, GCI, replies to leads and appointments
 * @param baseDetails the same of the compared period (zeros and nulls without one)
 * @param hasMessages whether any message was ever synced, so speed to lead can be known at all
 * @param hasAppointments whether any appointment was ever synced
 * @param revenueToDate revenue won since the start of the month, quarter and year, up to the end of today
 * @param health the deals open at the period's end, as the pipeline health score judges them
 * @param topAgentNames the leaderboard's agents, best first
 * @param topAgentRevenues their revenue won in the period
 * @param topAgentRanks their places
 * @param targetMonths the months overlapping the period that have revenue targets
 * @param targetAmounts their summed targets
 */
public record SummaryRow(@Nested PeriodTotalsRow totals, @Nested PeriodDetailsRow details,
		@Nested("base") PeriodDetailsRow baseDetails, boolean hasMessages, boolean hasAppointments,
		@Nested RevenueToDateRow revenueToDate, @Nested PipelineHealthRow health, List<String> topAgentNames,
		List<BigDecimal> topAgentRevenues, List<Integer> topAgentRanks, List<LocalDate> targetMonths,
		List<BigDecimal> targetAmounts) {

	/** @return the agents' summed revenue target of each month overlapping the period that has one */
	public List<MonthlyTargetRow> monthlyTargets() {
		return IntStream.range(0, this.targetMonths.size())
			.mapToObj(i -> new MonthlyTargetRow(this.targetMonths.get(i), this.targetAmounts.get(i)))
			.toList();
	}

	/** @return the leaderboard, best first (agents with equal revenue share a rank) */
	public List<AgentRevenueRow> topAgents() {
		return IntStream.range(0, this.topAgentNames.size())
			.mapToObj(i -> new AgentRevenueRow(this.topAgentNames.get(i), this.topAgentRevenues.get(i),
					this.topAgentRanks.get(i)))
			.toList();
	}

}
