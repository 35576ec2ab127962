package io.keystonebi.sql.agents;

import java.math.BigDecimal;

/**
 * One agent's figures for a period.
 *
 * @param agentId the warehouse user
 * @param name the agent's name
 * @param teamId the agent's current team, or null
 * @param teamName its name, or null
 * @param leads leads created in the period and assigned to the agent
 * @param conversions those leads whose contact had a won deal by the period's end
 * @param dealsWon deals the agent won in the period
 * @param revenue their summed monetary value
 * @param openValue monetary value of the agent's deals open at the period's end
 * @param speedToLeadMinutes median minutes from lead creation to first outbound contact by a person; null
 * without any
 * @param followUpCompliance percentage of inbound messages answered within the SLA; null without any
 * @param calls outbound calls in the period; null when the location has no messages at all
 * @param emails outbound e-mails in the period; null when the location has no messages at all
 * @param meetings appointments starting in the period, not cancelled; null when the location has none at all
 * @param activities outbound messages and calls plus meetings; null without any activity data
 */
public record AgentFiguresRow(long agentId, String name, Long teamId, String teamName, long leads, long conversions,
		long dealsWon, BigDecimal revenue, BigDecimal openValue, BigDecimal speedToLeadMinutes,
		BigDecimal followUpCompliance, Long calls, Long emails, Long meetings, Long activities) {
}
