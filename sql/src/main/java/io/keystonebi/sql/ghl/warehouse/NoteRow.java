package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import io.keystonebi.sql.pii.Plaintext;

/**
 * A note on a contact; the body is written encrypted.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL note id
 * @param contactSourceId GHL contact id, or null
 * @param userSourceId GHL id of the author, or null
 * @param body text, or null
 * @param createdAt creation time, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted it, or null
 */
public record NoteRow(long locationId, String sourceId, String contactSourceId, String userSourceId, String body,
		OffsetDateTime createdAt, OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {

	/** @return the body, bound encrypted */
	public Plaintext encryptedBody() {
		return Plaintext.of(this.body);
	}

}
