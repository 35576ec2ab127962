package io.keystonebi.sql.schedules;

import java.time.LocalDate;

/**
 * The figures' digest of the last report sent to a recipient.
 *
 * @param contentDigest the SHA-256 of its figures, hex
 * @param periodFrom the first day of the period it covered
 * @param periodTo the first day after it
 */
public record SentDigestRow(String contentDigest, LocalDate periodFrom, LocalDate periodTo) {
}
