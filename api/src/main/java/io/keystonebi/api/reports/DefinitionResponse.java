package io.keystonebi.api.reports;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import io.keystonebi.reports.definition.DefinitionJson;

/**
 * A saved definition.
 *
 * @param id the definition
 * @param owner who saved it
 * @param mine whether the caller owns it and so may change or delete it
 * @param shared whether it is shared within its owner's reach
 * @param updated when it was changed last
 * @param definition what it holds, in the shape every definition is sent in
 */
@Schema(name = "ReportDefinition")
record DefinitionResponse(@Schema(example = "12") long id, @Schema(example = "Dana Reyes") String owner,
		@Schema(example = "true") boolean mine, @Schema(example = "false") boolean shared,
		@Schema(example = "2026-03-19T16:20:00Z") OffsetDateTime updated,
		@Schema(type = "object", example = "{\"title\": \"Team review\", \"range\": \"last_month\", \"from\": null, "
				+ "\"to\": null, \"blocks\": [{\"title\": \"Revenue by team\", \"metrics\": [\"revenue\"], "
				+ "\"dimension\": \"team\", \"filters\": {}, \"view\": \"bar\", \"limit\": 10}]}") JsonNode definition) {

	static DefinitionResponse of(SavedDefinition saved) {
		return new DefinitionResponse(saved.id(), saved.ownerName(), saved.mine(), saved.shared(), saved.updatedAt(),
				DefinitionJson.tree(saved.definition()));
	}

}
