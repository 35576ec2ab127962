package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import io.keystonebi.sql.pii.Plaintext;
import io.keystonebi.sql.pii.SearchTerm;

/**
 * A GHL user of one location. E-mail and phone are written encrypted, the e-mail with its search digest.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL user id
 * @param name display name (never null: callers fall back to e-mail or id)
 * @param firstName first name, or null
 * @param lastName last name, or null
 * @param email e-mail, or null
 * @param phone phone, or null
 * @param role {@code admin} or {@code user}; null stores {@code user}
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted the user, or null
 */
public record UserRow(long locationId, String sourceId, String name, String firstName, String lastName, String email,
		String phone, String role, OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {

	/** @return the e-mail, bound encrypted */
	public Plaintext encryptedEmail() {
		return Plaintext.of(this.email);
	}

	/** @return the phone, bound encrypted */
	public Plaintext encryptedPhone() {
		return Plaintext.of(this.phone);
	}

	/** @return the e-mail's search digest */
	public SearchTerm emailSearch() {
		return SearchTerm.email(this.email);
	}

}
