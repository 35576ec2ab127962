package io.keystonebi.api.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/audit}: the audit log, newest first, a page at a time; {@code GET
 * /api/v1/admin/audit/verify}: whether its chain holds. Administrators only (the security configuration).
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Audit log", description = "Who read, exported or changed what, and whether the record is intact "
		+ "(administrators).")
class AuditController {

	private final AuditReader reader;

	AuditController(AuditReader reader) {
		this.reader = reader;
	}

	/**
	 * @param parameters actor, action, from, to, q, limit and before_id, all optional
	 * @return the page: {@code entries} and {@code next_before_id} (null on the last page)
	 */
	// The parameters arrive as one map so that an unknown or repeated one is refused by name (AuditQuery); each
	// is documented on its own here.
	@GetMapping
	@Operation(operationId = "searchAuditLog", summary = "Search the audit log",
			description = "Entries newest first, a page at a time: sign-ins, reads of the API and the pages, "
					+ "exports and administrative changes, each with who acted, in which data scope, from which "
					+ "request and address, and its place in the hash chain. Every filter is optional; blank ones "
					+ "count as absent, unknown or repeated ones are refused. This search is itself recorded "
					+ "(audit.read).")
	@Parameter(name = "actor", in = ParameterIn.QUERY, description = "Only entries of this username, any case.",
			example = "dana.reyes", schema = @Schema(type = "string", maxLength = 64))
	@Parameter(name = "action", in = ParameterIn.QUERY, description = "Only this action, or the actions it "
			+ "starts up to a dot: sign_in finds sign_in.succeeded and sign_in.failed.", example = "account",
			schema = @Schema(type = "string", maxLength = 64))
	@Parameter(name = "from", in = ParameterIn.QUERY, description = "Only entries at or after this time: a date "
			+ "(from its start, UTC) or a time with its offset.", example = "2026-03-01",
			schema = @Schema(type = "string"))
	@Parameter(name = "to", in = ParameterIn.QUERY, description = "Only entries before this time: a date (up to "
			+ "its end, UTC) or a time with its offset; after from.", example = "2026-03-20T18:00:00Z",
			schema = @Schema(type = "string"))
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "Only entries containing this text, any case, in "
			+ "the username, action, resource, scope, request id, address or detail.", example = "account:7",
			schema = @Schema(type = "string", maxLength = 200))
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many entries to return, 1 to 500.",
			example = "50", schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
	@Parameter(name = "before_id", in = ParameterIn.QUERY, description = "Only entries older than this one: the "
			+ "next_before_id of the previous page.", example = "1200", schema = @Schema(type = "integer",
					format = "int64", minimum = "1"))
	SearchResponse search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		AuditReader.Page page = this.reader.search(AuditQuery.parse(parameters));
		return new SearchResponse(page.entries().stream().map(AuditEntryResponse::of).toList(), page.nextBeforeId());
	}

	@GetMapping("/verify")
	@Operation(operationId = "verifyAuditLog", summary = "Check the audit log's hash chain",
			description = "Recomputes every entry's hash and checks that each follows the one before it, so an "
					+ "entry changed, removed or put in between behind the application's back shows: says whether "
					+ "the chain is intact and, if not, the first entry where it breaks and how. Keep last_hash "
					+ "somewhere else to detect a rewrite of the whole chain later. The check is itself recorded "
					+ "(audit.verify).")
	ChainReport verify() {
		return this.reader.verify();
	}

	/**
	 * @param entries the entries, newest first
	 * @param nextBeforeId pass as {@code before_id} for the next, older page; null when there is none
	 */
	record SearchResponse(List<AuditEntryResponse> entries, Long nextBeforeId) {
	}

}
