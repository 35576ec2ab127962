package io.keystonebi.api.reports;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.reports.scope.DataScope;

/** {@code GET /api/v1/reports/filter-values}: what a report block's filter offers, by name. */
@RestController
@Tag(name = "Reports")
class FilterValuesController {

	private final FilterValues values;

	FilterValuesController(FilterValues values) {
		this.values = values;
	}

	@GetMapping("/api/v1/reports/filter-values")
	@Operation(operationId = "listReportFilterValues", summary = "The values a report filter offers",
			description = "For a dimension (agent, team, office, source, stage, property_type or zipcode), the "
					+ "values that exist within the caller's data scope with what a person reads for each, sorted "
					+ "by label, at most " + FilterValues.LIMIT + ". A definition's filters store the values (ids "
					+ "for agents, teams, offices, stages and property types). Periods are not filtered by.")
	@ApiResponse(responseCode = "200", description = "The values, sorted by label.")
	@ApiResponse(responseCode = "400", description = "The dimension is unknown or a period; the problem names it.")
	List<FilterValueResponse> list(@Parameter(description = "The dimension's code.", example = "agent")
	@RequestParam String dimension, DataScope scope) {
		return this.values.of(dimension, scope).stream().map(FilterValueResponse::of).toList();
	}

}
