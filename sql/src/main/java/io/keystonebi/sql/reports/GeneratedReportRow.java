package io.keystonebi.sql.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A report file made on demand, without its content.
 *
 * @param id the file
 * @param accountId the account that made it, the only one that may download it
 * @param definitionId the saved definition it was made from, or null
 * @param title the report's title
 * @param format {@code pdf}, {@code xlsx} or {@code csv}
 * @param periodFrom the first day of the period it covers
 * @param periodTo the first day after that period
 * @param scopeKey the data scope it was made in, as {@code DataScope.key()} writes it
 * @param size the content's length in bytes
 * @param createdAt when it was made
 * @param expiresAt when it can no longer be downloaded
 */
public record GeneratedReportRow(UUID id, long accountId, Long definitionId, String title, String format,
		LocalDate periodFrom, LocalDate periodTo, String scopeKey, long size, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
}
