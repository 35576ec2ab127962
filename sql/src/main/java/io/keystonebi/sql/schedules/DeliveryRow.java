package io.keystonebi.sql.schedules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One e-mail of the delivery log.
 *
 * @param id the delivery id
 * @param scheduleId its schedule
 * @param scheduleName the schedule's name
 * @param recipientId the recipient it was planned for, or null once removed
 * @param periodFrom the first day of the period reported on
 * @param periodTo the first day after it
 * @param recipientKey who it goes to, e.g. {@code account:12} or {@code email:cfo@example.com}
 * @param email the address, or null where none was known
 * @param status pending, sending, retrying, sent, failed, skipped or unsubscribed
 * @param attempts how many times sending was tried
 * @param resends how many times an admin asked for it to be sent again
 * @param messageId the e-mail's Message-ID once sent
 * @param error the last error or the reason it was skipped
 * @param nextAttemptAt when it is tried next while waiting
 * @param createdAt when it was planned
 * @param sentAt when the mail server accepted it
 */
public record DeliveryRow(long id, long scheduleId, String scheduleName, Long recipientId, LocalDate periodFrom,
		LocalDate periodTo, String recipientKey, String email, String status, int attempts, int resends,
		String messageId, String error, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {
}
