package io.keystonebi.sql.agents;

import java.util.List;

/**
 * A warehouse user with its current team.
 *
 * @param id the user
 * @param name the user's name
 * @param teamId its team, or null
 * @param teamName the team's name, or null
 * @param teamMemberIds the team's agents now (not deleted), the user among them when it is one; empty without a
 * team
 */
public record AgentTeamRow(long id, String name, Long teamId, String teamName, List<Long> teamMemberIds) {

	public AgentTeamRow {
		teamMemberIds = List.copyOf(teamMemberIds);
	}

}
