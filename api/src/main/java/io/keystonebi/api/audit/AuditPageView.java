package io.keystonebi.api.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import io.keystonebi.sql.audit.AuditEntryRow;

/**
 * What the audit page shows, already formatted, so the template only lays it out.
 *
 * @param form the search as typed, to fill the form again
 * @param rows the entries, newest first
 * @param olderHref the link to the next, older page, or null on the last page
 * @param newestHref the link back to the newest entries, or null on the first page
 * @param chain the chain check, or null when it was not asked for
 * @param error why the search could not be run, or null
 */
record AuditPageView(Form form, List<Row> rows, String olderHref, String newestHref, ChainReport chain,
		String error) {

	static final String PATH = "/admin/audit";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);

	static AuditPageView of(Form form, AuditReader.Page page, ChainReport chain, boolean paged) {
		return new AuditPageView(form, page.entries().stream().map(Row::of).toList(),
				(page.nextBeforeId() != null) ? form.href(page.nextBeforeId()) : null, paged ? form.href(null) : null,
				chain, null);
	}

	static AuditPageView invalid(Form form, String error) {
		return new AuditPageView(form, List.of(), null, null, null, error);
	}

	/**
	 * The search fields as typed.
	 *
	 * @param actor username
	 * @param action action or its first part
	 * @param from first day
	 * @param to last day
	 * @param q text
	 * @param limit entries per page, as given (kept across pages)
	 */
	record Form(String actor, String action, String from, String to, String q, String limit) {

		static Form of(Map<String, List<String>> parameters) {
			return new Form(first(parameters, "actor"), first(parameters, "action"), first(parameters, "from"),
					first(parameters, "to"), first(parameters, "q"), first(parameters, "limit"));
		}

		String href(Long beforeId) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
			add(uri, "actor", this.actor);
			add(uri, "action", this.action);
			add(uri, "from", this.from);
			add(uri, "to", this.to);
			add(uri, "q", this.q);
			add(uri, "limit", this.limit);
			add(uri, "before_id", (beforeId != null) ? beforeId.toString() : null);
			return uri.encode().build().toUriString();
		}

		private static void add(UriComponentsBuilder uri, String name, String value) {
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		}

		private static String first(Map<String, List<String>> parameters, String name) {
			List<String> values = parameters.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

	/**
	 * One entry, formatted.
	 *
	 * @param id the entry id
	 * @param when when it happened, UTC, to the second
	 * @param datetime the same, ISO-8601, for the {@code time} element
	 * @param actor the username, or a dash
	 * @param role the role, or empty
	 * @param action what happened
	 * @param resource what it happened to, or empty
	 * @param scope the data scope key, or empty
	 * @param detail the detail JSON
	 * @param requestId the request id, or empty
	 * @param clientAddress the client's address, or empty
	 */
	record Row(long id, String when, String datetime, String actor, String role, String action, String resource,
			String scope, String detail, String requestId, String clientAddress) {

		static Row of(AuditEntryRow entry) {
			var utc = entry.occurredAt().withOffsetSameInstant(ZoneOffset.UTC);
			return new Row(entry.id(), WHEN.format(utc), utc.toString(),
					(entry.actorUsername() != null) ? entry.actorUsername() : "–", blank(entry.actorRole()),
					entry.action(), blank(entry.resource()), blank(entry.scope()),
					"{}".equals(entry.detail()) ? "" : entry.detail(), blank(entry.requestId()),
					blank(entry.clientAddress()));
		}

		private static String blank(String text) {
			return (text == null) ? "" : text;
		}

	}

}
