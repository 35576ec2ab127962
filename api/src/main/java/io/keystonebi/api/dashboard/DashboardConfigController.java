package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;

/**
 * {@code GET/PUT /api/v1/config/dashboard}: the caller's own dashboard layout, for every role. Only ever the
 * caller's: the account comes from the sign-in, never from the request.
 */
@RestController
@Tag(name = "Dashboard layout", description = "Each account's own arrangement of the dashboard page.")
class DashboardConfigController {

	private final DashboardLayouts layouts;

	DashboardConfigController(DashboardLayouts layouts) {
		this.layouts = layouts;
	}

	@GetMapping("/api/v1/config/dashboard")
	@Operation(operationId = "dashboardLayout", summary = "The caller's dashboard layout",
			description = "Every widget of the dashboard page (kpi_cards, pipeline_health, revenue_to_date, alerts, "
					+ "leaderboard, notes) in the order shown, with whether it is shown, and the range and comparison the page "
					+ "opens with when its address names none. Without a saved layout: every widget in its usual "
					+ "order, the last 30 days against the period before.")
	DashboardLayout layout(Caller caller) {
		return this.layouts.of(caller.accountId());
	}

	@PutMapping("/api/v1/config/dashboard")
	@Operation(operationId = "saveDashboardLayout", summary = "Save the caller's dashboard layout",
			description = "Saves the order and visibility of the widgets and the default range and comparison, "
					+ "for the caller's own account only; every role may, viewers included, as it changes no data. "
					+ "Widgets left out of the list are shown after the listed ones, in their usual order. range "
					+ "takes the summary's range codes (today, 7d, 30d, 90d, mtd, qtd, ytd; default 30d), compare "
					+ "previous, last_year or target (default previous).")
	@ApiResponse(responseCode = "200", description = "Saved: the whole layout, with the widgets left out added.")
	@ApiResponse(responseCode = "400", description = "A widget is unknown or listed twice, a range or comparison "
			+ "is unknown, or the body has a field not listed; the problem names the field and the value.")
	DashboardLayout save(@Valid @RequestBody DashboardLayoutRequest request, Caller caller) {
		return this.layouts.save(caller.accountId(), request);
	}

}
