package io.keystonebi.sql.agents;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One agent's revenue and leads of one local month.
 *
 * @param agentId the warehouse user
 * @param name the agent's name
 * @param month first day of the month
 * @param revenue monetary value of deals the agent won in the month
 * @param deals number of those deals
 * @param leads leads created in the month and assigned to the agent
 */
public record AgentMonthRow(long agentId, String name, LocalDate month, BigDecimal revenue, long deals, long leads) {
}
