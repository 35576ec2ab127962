package io.keystonebi.api.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The bodies the team endpoints take, each listing exactly what its endpoint may set (a team's id and, once
 * created, its location never change).
 */
final class TeamRequests {

	static final int MAX_MEMBERS = 1000;

	private TeamRequests() {
	}

	/**
	 * {@code POST /api/v1/admin/teams}.
	 *
	 * @param locationId the location whose agents it groups
	 * @param name its name, unique within the location
	 * @param managerUserId the warehouse user who leads it, or null
	 * @param memberIds the warehouse users in it (moved out of any other team)
	 */
	record Create(@NotNull @Positive Long locationId, @NotBlank @Size(max = 120) String name,
			@Positive Long managerUserId, @NotNull @Size(max = MAX_MEMBERS) List<@NotNull @Positive Long> memberIds) {
	}

	/**
	 * {@code PUT /api/v1/admin/teams/{id}}: what the team is to be, every field given.
	 *
	 * @param name its name, unique within the location
	 * @param managerUserId the warehouse user who leads it, or null
	 * @param memberIds the warehouse users in it: those listed join (leaving any other team), the others leave
	 */
	record Update(@NotBlank @Size(max = 120) String name, @Positive Long managerUserId,
			@NotNull @Size(max = MAX_MEMBERS) List<@NotNull @Positive Long> memberIds) {
	}

}
