package io.keystonebi.api.dashboard;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.scope.DataScope;

/**
 * {@code GET /api/v1/dashboard/{page}}: every chart of a dashboard page as columns and rows, and each one's table
 * as CSV. Everything is limited to the caller's data scope, and a viewer never receives personal data or
 * commission.
 */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class PanelsController {

	private static final String PAGES = "pipeline, revenue, agents, funnel or market";

	private final CachedPanels panels;

	private final CsvExports exports;

	PanelsController(CachedPanels panels, CsvExports exports) {
		this.panels = panels;
		this.exports = exports;
	}

	@GetMapping("/api/v1/dashboard/{page}")
	@Operation(operationId = "getDashboardPage", summary = "A dashboard page's charts",
			description = "Every chart of the page as a small table: its columns (with units) and rows, the text "
					+ "that describes it, where the rows behind each point are, and what the data shows. The page "
					+ "is one of " + PAGES + ". Days are each location's local days; limited to the caller's data "
					+ "scope. Give either range, or from and to; with neither, the last 30 days.")
	@ApiResponse(responseCode = "200", description = "The page.")
	@ApiResponse(responseCode = "404", description = "There is no page of that name.")
	PanelPageResponse page(
			@Parameter(description = "The page.", example = "pipeline", schema = @Schema(allowableValues = {
					"pipeline", "revenue", "agents", "funnel", "market" })) @PathVariable String page,
			@ParameterObject PeriodQuery period, Caller caller, DataScope scope) {
		return PanelPageResponse.of(compute(page, period, scope), caller);
	}

	@GetMapping(path = "/api/v1/dashboard/{page}/{panel}/csv", produces = "text/csv")
	@Operation(operationId = "getDashboardPanelCsv", summary = "One chart's table as CSV",
			description = "The rows of one chart of a page, as the page's JSON has them, in CSV with a header of "
					+ "column keys. Recorded in the audit log as an export. Same parameters as the page.")
	@ApiResponse(responseCode = "200", description = "The table.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
					examples = @ExampleObject(value = "month,source,leads\r\n2026-03,paid_search,42\r\n")))
	@ApiResponse(responseCode = "404", description = "There is no page or chart of that name.")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "The page.", example = "pipeline", schema = @Schema(allowableValues = {
					"pipeline", "revenue", "agents", "funnel", "market" })) @PathVariable String page,
			@Parameter(description = "The chart's id in the page.", example = "lead_sources") @PathVariable String panel,
			@ParameterObject PeriodQuery period, Caller caller, DataScope scope) {
		PanelPage computed = compute(page, period, scope)
			.without(caller.hiddenColumns());
		Panel table = computed.panel(panel)
			.orElseThrow(() -> new NoSuchPanelException("The " + page + " page has no chart '" + panel + "'."));
		return this.exports.download(caller, scope, "dashboard:" + page + "/" + panel,
				Map.of("from", computed.from().toString(), "to", computed.to().toString()), table,
				page + "-" + panel + "-" + computed.from() + "-to-" + computed.to() + ".csv");
	}

	private PanelPage compute(String page, PeriodQuery period, DataScope scope) {
		if (PanelPages.of(page).isEmpty()) {
			throw new NoSuchPanelException("There is no dashboard page '" + page + "'; the pages are " + PAGES + ".");
		}
		return this.panels.page(page, period.request(), scope);
	}

}
