package io.keystonebi.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The bodies the user endpoints take. Each lists exactly the fields its endpoint may set: the id, the username
 * of an existing account, its credentials version and its timestamps are in none of them, and a body naming a
 * field that is not listed is refused (mass assignment).
 */
final class UserRequests {

	static final String ROLES = "admin|executive|manager|agent|viewer";

	static final String ROLE_MESSAGE = "must be one of admin, executive, manager, agent, viewer";

	private UserRequests() {
	}

	/**
	 * {@code POST /api/v1/admin/users}.
	 *
	 * @param username the sign-in name (never changes afterwards)
	 * @param displayName the name shown
	 * @param role what the account may do
	 * @param warehouseUserId an agent account's own warehouse user
	 * @param teamId a manager account's team
	 * @param password its password, or null to have one made up and returned once
	 * @param email where its scheduled reports are sent, or null for none
	 */
	record Create(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 120) String displayName,
			@NotBlank @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role, @Positive Long warehouseUserId,
			@Positive Long teamId, @Size(min = 12, max = 256) String password, @Size(max = 254) String email) {
	}

	/**
	 * {@code PUT /api/v1/admin/users/{id}}: what the account is to be, every field given.
	 *
	 * @param displayName the name shown
	 * @param role what the account may do
	 * @param warehouseUserId an agent account's own warehouse user
	 * @param teamId a manager account's team
	 * @param active whether it may sign in
	 * @param email where its scheduled reports are sent, or null for none
	 */
	record Update(@NotBlank @Size(max = 120) String displayName,
			@NotBlank @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role, @Positive Long warehouseUserId,
			@Positive Long teamId, @NotNull Boolean active, @Size(max = 254) String email) {
	}

	/**
	 * {@code POST /api/v1/admin/users/{id}/password}.
	 *
	 * @param password the new password, or null to have one made up and returned once
	 */
	record Password(@Size(min = 12, max = 256) String password) {
	}

}
