package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;
import java.util.List;

import io.keystonebi.sql.pii.Plaintext;
import io.keystonebi.sql.pii.SearchTerm;

/**
 * A GHL contact. References are GHL ids, resolved to warehouse ids when written (null when not yet known). E-mail
 * and phone are written encrypted, with their search digests.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL contact id
 * @param name full name, or null
 * @param firstName first name, or null
 * @param lastName last name, or null
 * @param email e-mail, or null
 * @param phone phone, or null
 * @param companyName company, or null
 * @param type contact type (e.g. {@code lead}), or null
 * @param source lead source, or null
 * @param assignedUserSourceId GHL id of the assigned user, or null
 * @param address1 street address, or null
 * @param city city, or null
 * @param state state, or null
 * @param postalCode postal code, or null
 * @param country country, or null
 * @param timezone the contact's own time zone, or null
 * @param dnd do-not-disturb on all channels
 * @param tags tag names (never null)
 * @param attributionFirst first-touch attribution as JSON, or null
 * @param attributionLatest latest-touch attribution as JSON, or null
 * @param createdAt when the contact was created (never null)
 * @param lastActivityAt last activity, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted the contact, or null
 */
public record ContactRow(long locationId, String sourceId, String name, String firstName, String lastName, String email,
		String phone, String companyName, String type, String source, String assignedUserSourceId, String address1,
		String city, String state, String postalCode, String country, String timezone, boolean dnd, List<String> tags,
		String attributionFirst, String attributionLatest, OffsetDateTime createdAt, OffsetDateTime lastActivityAt,
		OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {

	/** @return the tags as the array the {@code text[]} column binds */
	public String[] tagArray() {
		return this.tags.toArray(String[]::new);
	}

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

	/** @return the phone's search digest */
	public SearchTerm phoneSearch() {
		return SearchTerm.phone(this.phone);
	}

}
