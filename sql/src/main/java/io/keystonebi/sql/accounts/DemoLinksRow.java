package io.keystonebi.sql.accounts;

/**
 * What the demo's manager and agent accounts are tied to.
 *
 * @param teamId the team with the most agents, or null when there is none
 * @param agentUserId its agent with the most revenue won, or null
 * @param agentName that agent's name
 * @param teamName the team's name
 */
public record DemoLinksRow(Long teamId, Long agentUserId, String agentName, String teamName) {
}
