package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

/**
 * A calendar appointment.
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL event id
 * @param calendarSourceId GHL calendar id, or null
 * @param contactSourceId GHL contact id, or null
 * @param assignedUserSourceId GHL id of the primary owner, or null
 * @param title title, or null
 * @param status {@code appointmentStatus} (new, confirmed, cancelled, showed, noshow, ...), or null
 * @param startAt start, or null
 * @param endAt end, or null
 * @param createdAt when it was booked, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted it, or null
 */
public record AppointmentRow(long locationId, String sourceId, String calendarSourceId, String contactSourceId,
		String assignedUserSourceId, String title, String status, OffsetDateTime startAt, OffsetDateTime endAt,
		OffsetDateTime createdAt, OffsetDateTime sourceUpdatedAt, OffsetDateTime deletedAt) {
}
