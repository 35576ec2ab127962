package io.keystonebi.sql.accounts;

import java.util.List;

/**
 * A team with its agents.
 *
 * @param id the team id
 * @param locationId the location it belongs to
 * @param name its name
 * @param managerUserId the warehouse user who leads it, or null
 * @param memberIds the warehouse users in it
 * @param memberNames their names, in the same order
 */
public record TeamRow(long id, long locationId, String name, Long managerUserId, List<Long> memberIds,
		List<String> memberNames) {
}
