package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * A place on the revenue leaderboard.
 *
 * @param name the agent
 * @param revenue revenue won in the period
 * @param rank 1 for the most; equal revenue shares a rank
 */
public record AgentRanking(String name, BigDecimal revenue, int rank) {
}
