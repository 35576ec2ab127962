package io.keystonebi.sql.schedules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delivery a sender has claimed, with what it needs to make and send the e-mail.
 *
 * @param id the delivery id
 * @param scheduleId its schedule
 * @param scheduleName the schedule's name
 * @param definitionJson the report definition as JSON text
 * @param timeZone the schedule's zone
 * @param skipIfEmpty whether an empty report is not sent
 * @param sendOnlyOnChange whether a report equal to the last one sent is not sent
 * @param formats the attachments
 * @param recipientId the recipient row, or null once removed
 * @param recipientKind account, team or email; null once removed
 * @param externalScope an outside recipient's scope
 * @param externalScopeId that scope's team or warehouse user
 * @param unsubscribedAt when the recipient unsubscribed, or null
 * @param periodFrom the first day of the period
 * @param periodTo the first day after it
 * @param runDay the local day of the run
 * @param recipientKey who it goes to
 * @param email the address
 * @param attempts the attempts so far, this one included
 * @param resends how many times an admin asked for it to be sent again
 */
public record ClaimedDeliveryRow(long id, long scheduleId, String scheduleName, String definitionJson,
		String timeZone, boolean skipIfEmpty, boolean sendOnlyOnChange, String[] formats, Long recipientId,
		String recipientKind, String externalScope, Long externalScopeId, Instant unsubscribedAt,
		LocalDate periodFrom, LocalDate periodTo, LocalDate runDay, String recipientKey, String email, int attempts,
		int resends) {
}
