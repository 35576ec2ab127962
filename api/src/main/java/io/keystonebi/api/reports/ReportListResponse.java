package io.keystonebi.api.reports;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The reports a caller can open: the built-in templates, their own saved definitions, those shared with them, and
 * the files they made that can still be downloaded.
 *
 * @param templates the built-in templates
 * @param saved the caller's own definitions, most recently changed first
 * @param shared definitions others shared with the caller
 * @param files the caller's recent files, newest first
 */
@Schema(name = "ReportList")
record ReportListResponse(List<CatalogueResponse.Choice> templates, List<Entry> saved, List<Entry> shared,
		List<MadeFile> files) {

	/**
	 * A saved definition.
	 *
	 * @param id the definition
	 * @param title its title
	 * @param owner who saved it
	 * @param shared whether it is shared within its owner's reach
	 * @param updated when it was changed last
	 */
	@Schema(name = "ReportListEntry")
	record Entry(@Schema(example = "12") long id, @Schema(example = "Team review") String title,
			@Schema(example = "Dana Reyes") String owner, @Schema(example = "true") boolean shared,
			@Schema(example = "2026-03-19T16:20:00Z") OffsetDateTime updated) {

		static Entry of(SavedDefinition saved) {
			return new Entry(saved.id(), saved.definition().title(), saved.ownerName(), saved.shared(),
					saved.updatedAt());
		}

	}

}
