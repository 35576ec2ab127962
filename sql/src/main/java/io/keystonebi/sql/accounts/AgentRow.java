package io.keystonebi.sql.accounts;

/**
 * A warehouse user (synced from the CRM) as team and account pickers show it.
 *
 * @param id the warehouse user id
 * @param name their name
 * @param agent whether the CRM marks them as an agent
 * @param locationId the location they belong to
 * @param locationName its name
 * @param teamId their team, or null
 * @param teamName its name, or null
 */
public record AgentRow(long id, String name, boolean agent, long locationId, String locationName, Long teamId,
		String teamName) {
}
