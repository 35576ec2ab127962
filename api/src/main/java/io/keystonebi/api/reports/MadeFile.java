package io.keystonebi.api.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.sql.reports.GeneratedReportRow;

/**
 * A report file the caller made, downloadable until it expires.
 *
 * @param id the file
 * @param download where it is downloaded
 * @param title the report's title
 * @param format {@code pdf}, {@code xlsx} or {@code csv}
 * @param from the first day of the period it covers
 * @param to the last day of that period, included
 * @param size its length in bytes
 * @param created when it was made
 * @param expires when it can no longer be downloaded
 */
@Schema(name = "ReportFile")
record MadeFile(@Schema(example = "0b9f6a52-3c4e-4d1a-9a57-2f1c0e8d7b61") String id,
		@Schema(example = "/api/v1/reports/download/0b9f6a52-3c4e-4d1a-9a57-2f1c0e8d7b61") String download,
		@Schema(example = "Monthly executive pack") String title,
		@Schema(example = "pdf", allowableValues = { "pdf", "xlsx", "csv" }) String format,
		@Schema(example = "2026-02-01") LocalDate from, @Schema(example = "2026-02-28") LocalDate to,
		@Schema(example = "48213") long size, @Schema(example = "2026-03-20T18:00:00Z") OffsetDateTime created,
		@Schema(example = "2026-03-27T18:00:00Z") OffsetDateTime expires) {

	static MadeFile of(GeneratedReportRow row) {
		String id = row.id().toString();
		return new MadeFile(id, "/api/v1/reports/download/" + id, row.title(), row.format().toLowerCase(Locale.ROOT),
				row.periodFrom(), row.periodTo().minusDays(1), row.size(), row.createdAt(), row.expiresAt());
	}

	/** @return the name the browser saves it under: the title and period, e.g. {@code Team-review-2026-02.pdf} */
	String fileName() {
		String stem = this.title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return (stem.isEmpty() ? "report" : stem) + "-" + this.from + "-to-" + this.to + "." + this.format;
	}

}
