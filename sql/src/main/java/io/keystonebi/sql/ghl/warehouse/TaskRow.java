package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import io.keystonebi.sql.pii.Plaintext;

/**
 * A task on a contact; the body is written encrypted.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL task id
 * @param contactSourceId GHL contact id, or null
 * @param assignedUserSourceId GHL id of the assignee, or null
 * @param title title, or null
 * @param body body, or null
 * @param dueAt due time, or null
 * @param completed whether it is done
 * @param completedAt when it was completed, or null
 * @param createdAt creation time, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted it, or null
 */
public record TaskRow(long locationId, String sourceId, String contactSourceId, String assignedUserSourceId,
		String title, String body, OffsetDateTime dueAt, boolean completed, OffsetDateTime completedAt,
		OffsetDateTime createdAt, OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {

	/** @return the body, bound encrypted */
	public Plaintext encryptedBody() {
		return Plaintext.of(this.body);
	}

}
