package io.keystonebi.api.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.rows.RowsPage;
import io.keystonebi.reports.scope.DataScope;

/**
 * {@code GET /api/v1/dashboard/rows/{set}}: the leads, deals or market sales behind a chart's point, as the
 * chart's drill names them; always within the caller's data scope, and without personal data for a viewer.
 */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class RowsController {

	private static final Set<String> PERIOD = Set.of("from", "to", "range", "compare", "limit");

	private static final int DEFAULT_LIMIT = 200;

	private final CachedPanels panels;

	private final CsvExports exports;

	RowsController(CachedPanels panels, CsvExports exports) {
		this.panels = panels;
		this.exports = exports;
	}

	@GetMapping("/api/v1/dashboard/rows/{set}")
	@Operation(operationId = "getDashboardRows", summary = "The rows behind a chart's point",
			description = "Leads, deals or market sales, newest first, filtered by the drill a chart names (its "
					+ "fixed filters and the values of the point chosen) within the page's period. Every filter "
					+ "is optional; an unknown filter or a value that does not parse is refused by name. Leads and "
					+ "deals are limited to the caller's data scope; market sales are public. Filters: period, "
					+ "date, month, quarter, year, agent, team, source, stage, funnel_stage, status, "
					+ "property_type, zipcode, bedrooms, weekday, hour, contact (see the user guide).")
	@ApiResponse(responseCode = "200", description = "The rows.")
	@ApiResponse(responseCode = "404", description = "There are no rows of that name.")
	@Parameter(name = "date", in = ParameterIn.QUERY, description = "Which date must fall in the period.",
			example = "won", schema = @Schema(allowableValues = { "created", "won", "lost", "closed", "open_at_end",
					"entered_stage", "sold" }))
	@Parameter(name = "status", in = ParameterIn.QUERY, description = "Deals of this status only.", example = "won",
			schema = @Schema(allowableValues = { "open", "won", "lost", "abandoned" }))
	@Parameter(name = "agent", in = ParameterIn.QUERY, description = "One agent's (warehouse user id).",
			example = "12", schema = @Schema(type = "integer"))
	@Parameter(name = "source", in = ParameterIn.QUERY, description = "One lead source; (none) for none.",
			example = "paid_search")
	@Parameter(name = "month", in = ParameterIn.QUERY, description = "One month instead of the period, YYYY-MM.",
			example = "2026-03")
	@Parameter(name = "zipcode", in = ParameterIn.QUERY, description = "Market sales of one zipcode.",
			example = "98103")
	RowsResponse rows(
			@Parameter(description = "Which rows.", example = "deals", schema = @Schema(allowableValues = { "leads",
					"deals", "sales" })) @PathVariable String set,
			@Parameter(description = "The most rows to return, 1 to 1000.", example = "200",
					schema = @Schema(type = "integer", defaultValue = "200")) @RequestParam(required = false) String limit,
			@Parameter(description = "A period ending today, instead of from and to.", example = "90d",
					schema = @Schema(allowableValues = { "today", "7d", "30d", "90d", "mtd", "qtd",
							"ytd" })) @RequestParam(required = false) String range,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters, Caller caller, DataScope scope) {
		RowSet rows = rowSet(set);
		RowsPage page = compute(rows, parameters, scope);
		return RowsResponse.of(rows.code(), page, caller,
				"/api/v1/dashboard/rows/" + rows.code() + "/csv");
	}

	@GetMapping(path = "/api/v1/dashboard/rows/{set}/csv", produces = "text/csv")
	@Operation(operationId = "getDashboardRowsCsv", summary = "The rows behind a chart's point, as CSV",
			description = "The same rows and filters as the JSON, at most 1000, as CSV with a header of column keys. "
					+ "Recorded in the audit log as an export.")
	@ApiResponse(responseCode = "200", description = "The rows.", content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"),
			examples = @ExampleObject(value = "deal_id,deal,agent\r\n42,Harbor loft,Ann Lee\r\n")))
	@ApiResponse(responseCode = "404", description = "There are no rows of that name.")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "Which rows.", example = "deals", schema = @Schema(allowableValues = { "leads",
					"deals", "sales" })) @PathVariable String set,
			@Parameter(description = "A period ending today, instead of from and to.", example = "90d",
					schema = @Schema(allowableValues = { "today", "7d", "30d", "90d", "mtd", "qtd",
							"ytd" })) @RequestParam(required = false) String range,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters, Caller caller, DataScope scope) {
		RowSet rows = rowSet(set);
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.putIfAbsent("limit", "1000");
		RowsPage page = compute(rows, all, scope);
		return this.exports.download(caller, scope, "dashboard:rows/" + rows.code(),
				Map.of("filters", filters(all).toString()), page.table(), rows.code() + ".csv");
	}

	private RowsPage compute(RowSet rows, Map<String, String> parameters, DataScope scope) {
		SummaryRequest request = SummaryRequest.parse(parameters.get("from"), parameters.get("to"),
				parameters.get("range"), parameters.get("compare"));
		return this.panels.rows(rows, filters(parameters), limit(parameters.get("limit")), request, scope);
	}

	private static Map<String, String> filters(Map<String, String> parameters) {
		Map<String, String> filters = new LinkedHashMap<>(parameters);
		filters.keySet().removeAll(PERIOD);
		return filters;
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			return Integer.parseInt(limit.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidReportParameterException("limit", limit, "expected a whole number from 1 to 1000");
		}
	}

	private static RowSet rowSet(String set) {
		try {
			return RowSet.parse(set);
		}
		catch (IllegalArgumentException ex) {
			throw new NoSuchPanelException("There are no rows named '" + set + "'; drills open leads, deals or sales.");
		}
	}

}
