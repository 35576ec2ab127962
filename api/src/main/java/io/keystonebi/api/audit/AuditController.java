package io.keystonebi.api.audit;

import java.util.List;

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
class AuditController {

	private final AuditReader reader;

	AuditController(AuditReader reader) {
		this.reader = reader;
	}

	/**
	 * @param parameters actor, action, from, to, q, limit and before_id, all optional
	 * @return the page: {@code entries} and {@code next_before_id} (null on the last page)
	 */
	@GetMapping
	SearchResponse search(@RequestParam MultiValueMap<String, String> parameters) {
		AuditReader.Page page = this.reader.search(AuditQuery.parse(parameters));
		return new SearchResponse(page.entries().stream().map(AuditEntryResponse::of).toList(), page.nextBeforeId());
	}

	@GetMapping("/verify")
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
