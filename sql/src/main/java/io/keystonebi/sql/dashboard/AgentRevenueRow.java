package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * One line of the agent leaderboard.
 *
 * @param name the agent's name
 * @param revenue revenue the agent won in the period
 * @param rank 1 for the most revenue; agents with equal revenue share a rank
 */
public record AgentRevenueRow(String name, BigDecimal revenue, int rank) {
}
