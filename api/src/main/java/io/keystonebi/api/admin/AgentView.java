package io.keystonebi.api.admin;

import io.keystonebi.sql.accounts.AgentRow;

/**
 * A warehouse user as the pickers list them ({@code GET /api/v1/admin/agents}).
 *
 * @param id the warehouse user id, what {@code warehouse_user_id}, {@code manager_user_id} and {@code member_ids}
 * take
 * @param name their name
 * @param agent whether the CRM marks them as an agent
 * @param locationId their location
 * @param locationName its name
 * @param teamId their team, or null
 * @param teamName its name, or null
 */
record AgentView(long id, String name, boolean agent, long locationId, String locationName, Long teamId,
		String teamName) {

	static AgentView of(AgentRow row) {
		return new AgentView(row.id(), row.name(), row.agent(), row.locationId(), row.locationName(), row.teamId(),
				row.teamName());
	}

}
