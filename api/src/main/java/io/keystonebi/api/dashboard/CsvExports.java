package io.keystonebi.api.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.keystonebi.api.audit.AuditEvent;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.scope.DataScope;

/**
 * Every CSV download of the dashboard (a chart's table, an agent's chart, the rows behind a point): the table as
 * the caller may see it, recorded in the audit log as an export.
 */
@Component
class CsvExports {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ApplicationEventPublisher events;

	CsvExports(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * @param caller who downloads: a viewer's file holds no personal data and no commission
	 * @param scope the data scope the table was computed in
	 * @param resource what is exported, for the audit log, e.g. {@code dashboard:revenue/by_agent}
	 * @param detail what else the audit entry keeps (the period, the filters); never personal data
	 * @param table the table
	 * @param fileName the name the browser saves it under
	 * @return the download
	 */
	ResponseEntity<byte[]> download(Caller caller, DataScope scope, String resource, Map<String, Object> detail,
			Panel table, String fileName) {
		Panel shown = table.without(caller.hiddenColumns());
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("format", "csv");
		entry.put("rows", shown.rows().size());
		entry.putAll(detail);
		this.events.publishEvent(new AuditEvent(caller.accountId(), caller.username(), caller.role().id(),
				"data.export", resource, scope.key(), entry));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(CSV)
			.body(PanelCsv.of(shown).getBytes(StandardCharsets.UTF_8));
	}

}
