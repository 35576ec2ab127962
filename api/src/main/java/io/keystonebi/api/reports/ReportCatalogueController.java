package io.keystonebi.api.reports;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.catalogue.MetricCatalogue;

/** {@code GET /api/v1/reports/catalogue} and {@code /list}: what a report is built from, and what the caller has. */
@RestController
@Tag(name = "Reports", description = "Custom reports: build, save, share, preview, generate and download.")
class ReportCatalogueController {

	private final MetricCatalogue catalogue;

	private final Templates templates;

	private final SavedDefinitions saved;

	private final ReportFiles files;

	ReportCatalogueController(MetricCatalogue catalogue, Templates templates, SavedDefinitions saved,
			ReportFiles files) {
		this.catalogue = catalogue;
		this.templates = templates;
		this.saved = saved;
		this.files = files;
	}

	@GetMapping("/api/v1/reports/catalogue")
	@Operation(operationId = "getReportCatalogue", summary = "What a report can be built from",
			description = "The metrics (with units, definitions and the dimensions each breaks down by), the "
					+ "dimensions, views, ranges and file formats, and the built-in templates. A viewer is not "
					+ "offered commission metrics.")
	@ApiResponse(responseCode = "200", description = "The catalogue.")
	CatalogueResponse catalogue(Caller caller) {
		return CatalogueResponse.of(this.catalogue.metrics(), caller.hiddenColumns(), this.templates.all());
	}

	@GetMapping("/api/v1/reports/list")
	@Operation(operationId = "listReports", summary = "The caller's reports",
			description = "The built-in templates, the caller's saved definitions, those shared with them (by an "
					+ "executive or administrator with everyone, by a manager or agent with their team), and the "
					+ "files they made that can still be downloaded.")
	@ApiResponse(responseCode = "200", description = "The reports.")
	ReportListResponse list(Caller caller) {
		List<SavedDefinition> all = this.saved.list(caller);
		return new ReportListResponse(
				this.templates.all().entrySet().stream()
					.map((entry) -> new CatalogueResponse.Choice(entry.getKey(), entry.getValue().title())).toList(),
				all.stream().filter(SavedDefinition::mine).map(ReportListResponse.Entry::of).toList(),
				all.stream().filter((definition) -> !definition.mine()).map(ReportListResponse.Entry::of).toList(),
				this.files.recent(caller));
	}

}
