package io.keystonebi.api.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.keystonebi.api.audit.AuditEvent;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.sql.reports.GeneratedReportRow;
import io.keystonebi.sql.reports.GeneratedReportsSql;

/**
 * Report files made on demand: stored for the account that made them until {@code bi.reports.downloads.keep-for}
 * has passed, downloadable by that account only, each download recorded in the audit log as an export.
 */
@Component
class ReportFiles {

	private static final int RECENT = 20;

	private final Jdbi jdbi;

	private final ReportMaker maker;

	private final ReportsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportFiles(Jdbi jdbi, ReportMaker maker, ReportsProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbi = jdbi;
		this.maker = maker;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param caller who asks, who alone may download the file
	 * @param audience whose data it holds
	 * @param source the definition to make, and the saved one it came from (or null)
	 * @param format the file's format
	 * @return the stored file
	 */
	MadeFile make(Caller caller, Audience audience, ReportSource source, ReportFormat format) {
		GeneratedReport report = this.maker.make(source.definition(), audience);
		byte[] content = this.maker.render(format, report);
		UUID id = UUID.randomUUID();
		OffsetDateTime expires = now().plus(this.properties.downloads().keepFor());
		this.jdbi.useExtension(GeneratedReportsSql.class, (sql) -> sql.insert(id, caller.accountId(),
				source.definitionId(), report.title(), format.code(), report.period().from(), report.period().to(),
				audience.scope().key(), content, expires));
		return MadeFile.of(owned(caller, id.toString()));
	}

	/** @return the caller's files that can still be downloaded, newest first */
	List<MadeFile> recent(Caller caller) {
		return this.jdbi.withExtension(GeneratedReportsSql.class, (sql) -> sql.recent(caller.accountId(), now(), RECENT))
			.stream()
			.map(MadeFile::of)
			.toList();
	}

	/**
	 * @param caller who asks
	 * @param id the file
	 * @return the file as an attachment
	 * @throws ReportFileNotFoundException when the caller did not make it
	 * @throws ReportFileExpiredException when it has expired
	 */
	ResponseEntity<byte[]> download(Caller caller, String id) {
		GeneratedReportRow row = owned(caller, id);
		if (!row.expiresAt().isAfter(now())) {
			throw new ReportFileExpiredException(id, row.expiresAt());
		}
		byte[] content = this.jdbi.withExtension(GeneratedReportsSql.class, (sql) -> sql.content(row.id()));
		MadeFile file = MadeFile.of(row);
		ReportFormat format = ReportFormat.parse(row.format(), "format");
		audit(caller, row, file);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(content);
	}

	private GeneratedReportRow owned(Caller caller, String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ReportFileNotFoundException(id);
		}
		return this.jdbi.withExtension(GeneratedReportsSql.class, (sql) -> sql.owned(uuid, caller.accountId()))
			.orElseThrow(() -> new ReportFileNotFoundException(id));
	}

	// As the dashboard's CSV downloads are: an export, with the scope the file was made in.
	private void audit(Caller caller, GeneratedReportRow row, MadeFile file) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("format", file.format());
		detail.put("title", file.title());
		detail.put("from", file.from().toString());
		detail.put("to", file.to().toString());
		detail.put("bytes", file.size());
		this.events.publishEvent(new AuditEvent(caller.accountId(), caller.username(), caller.role().id(),
				"data.export", "reports:" + file.id(), row.scopeKey(), detail));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
