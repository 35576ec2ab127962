package io.keystonebi.api.admin;

import java.util.List;

/**
 * A team as the admin API returns it.
 *
 * @param id the team id
 * @param locationId its location
 * @param locationName that location's name
 * @param name its name
 * @param managerUserId the warehouse user who leads it, or null
 * @param managerName their name, or null
 * @param members its agents, by name
 */
record TeamView(long id, long locationId, String locationName, String name, Long managerUserId, String managerName,
		List<Member> members) {

	/** @return the members' ids, for the edit form's checkboxes */
	List<Long> memberIds() {
		return this.members.stream().map(Member::id).toList();
	}

	/**
	 * A team member.
	 *
	 * @param id the warehouse user id
	 * @param name their name
	 */
	record Member(long id, String name) {
	}

}
