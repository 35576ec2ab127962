package io.keystonebi.api.reports;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/**
 * {@code /api/v1/reports/definitions}: saved report definitions. Only the owner changes or deletes one; the
 * accounts it is shared with read it; to anyone else it does not exist.
 */
@RestController
@Tag(name = "Reports")
class ReportDefinitionsController {

	private final SavedDefinitions saved;

	ReportDefinitionsController(SavedDefinitions saved) {
		this.saved = saved;
	}

	@PostMapping("/api/v1/reports/definitions")
	@Operation(operationId = "saveReportDefinition", summary = "Save a report definition",
			description = "The body is a definition (title, range, from, to, blocks) and whether to share it. Each "
					+ "block's metrics, dimension and filters are checked against the catalogue: a bad one is a "
					+ "400 naming the field, e.g. blocks[0].dimension.")
	@ApiResponse(responseCode = "201", description = "Saved.")
	@ApiResponse(responseCode = "400", description = "A field of the definition is missing or wrong.")
	ResponseEntity<DefinitionResponse> save(@RequestBody JsonNode body, Caller caller) {
		long id = this.saved.save(caller, DefinitionJson.read(body), shared(body));
		return ResponseEntity.created(URI.create("/api/v1/reports/definitions/" + id))
			.body(DefinitionResponse.of(this.saved.read(caller, id)));
	}

	@GetMapping("/api/v1/reports/definitions/{id}")
	@Operation(operationId = "getReportDefinition", summary = "A saved report definition",
			description = "The caller's own definition, or one shared with them.")
	@ApiResponse(responseCode = "200", description = "The definition.")
	@ApiResponse(responseCode = "404", description = "No such definition is the caller's or shared with them.")
	DefinitionResponse get(@Parameter(description = "The definition.", example = "12") @PathVariable long id,
			Caller caller) {
		return DefinitionResponse.of(this.saved.read(caller, id));
	}

	@PutMapping("/api/v1/reports/definitions/{id}")
	@Operation(operationId = "replaceReportDefinition", summary = "Change a saved report definition",
			description = "Replaces the caller's own definition and whether it is shared; checked as when saved.")
	@ApiResponse(responseCode = "200", description = "Changed.")
	@ApiResponse(responseCode = "400", description = "A field of the definition is missing or wrong.")
	@ApiResponse(responseCode = "403", description = "The definition was shared with the caller, who does not own it.")
	@ApiResponse(responseCode = "404", description = "No such definition is the caller's or shared with them.")
	DefinitionResponse replace(@Parameter(description = "The definition.", example = "12") @PathVariable long id,
			@RequestBody JsonNode body, Caller caller) {
		ReportDefinition definition = DefinitionJson.read(body);
		this.saved.replace(caller, id, definition, shared(body));
		return DefinitionResponse.of(this.saved.read(caller, id));
	}

	@DeleteMapping("/api/v1/reports/definitions/{id}")
	@Operation(operationId = "deleteReportDefinition", summary = "Delete a saved report definition",
			description = "Deletes the caller's own definition; files already made from it stay until they expire.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "403", description = "The definition was shared with the caller, who does not own it.")
	@ApiResponse(responseCode = "404", description = "No such definition is the caller's or shared with them.")
	ResponseEntity<Void> delete(@Parameter(description = "The definition.", example = "12") @PathVariable long id,
			Caller caller) {
		this.saved.delete(caller, id);
		return ResponseEntity.noContent().build();
	}

	private static boolean shared(JsonNode body) {
		JsonNode shared = body.get("shared");
		if (shared == null || shared.isNull()) {
			return false;
		}
		if (!shared.isBoolean()) {
			throw new InvalidReportParameterException("shared", shared.toString(), "expected true or false");
		}
		return shared.asBoolean();
	}

}
