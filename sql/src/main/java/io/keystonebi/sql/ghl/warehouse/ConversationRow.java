package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

/**
 * A conversation (message thread).
 *
 * @param locationId warehouse id of the location
 * @param sourceId GHL conversation id
 * @param contactSourceId GHL contact id, or null
 * @param assignedUserSourceId GHL id of the assigned user, or null
 * @param type conversation type ({@code TYPE_PHONE}, ...), or null
 * @param lastMessageAt time of the last message, or null
 * @param unreadCount unread messages, or null
 * @param sourceUpdatedAt the version's time, or null
 * @param deletedAt when GHL deleted it, or null
 */
public record ConversationRow(long locationId, String sourceId, String contactSourceId, String assignedUserSourceId,
		String type, OffsetDateTime lastMessageAt, Integer unreadCount, OffsetDateTime sourceUpdatedAt,
		OffsetDateTime deletedAt) {
}
