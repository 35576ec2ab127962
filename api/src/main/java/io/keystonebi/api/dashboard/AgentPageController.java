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

import io.keystonebi.api.openapi.ScopedObject;
import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.scope.DataScope;

/**
 * {@code GET /api/v1/dashboard/agents/{id}}: one agent's own page (the drill-down from the agents page): the
 * agent's figures, next to the team's average, by month and against quota. An agent sees only their own, a
 * manager their team's agents; anyone else's answers 404, as if the agent did not exist.
 */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class AgentPageController {

	private final CachedPanels panels;

	private final CsvExports exports;

	AgentPageController(CachedPanels panels, CsvExports exports) {
		this.panels = panels;
		this.exports = exports;
	}

	@GetMapping("/api/v1/dashboard/agents/{id}")
	@Operation(operationId = "getAgentPage", summary = "One agent's page",
			description = "The agent's leads handled, conversion rate, average deal size, response time, follow-up "
					+ "compliance, calls, e-mails and meetings, pipeline contribution and quota attainment; the same "
					+ "next to the team's average; revenue and leads by month; revenue against quota. Same period "
					+ "parameters as the other pages.")
	@ScopedObject(parameter = "id", kind = ScopedObject.Kind.AGENT)
	@ApiResponse(responseCode = "200", description = "The agent's page.")
	@ApiResponse(responseCode = "404", description = "No agent has that id, or the agent is outside the caller's "
			+ "data scope.")
	PanelPageResponse agent(
			@Parameter(description = "The agent's warehouse user id.", example = "12") @PathVariable long id,
			@ParameterObject PeriodQuery period, Caller caller, DataScope scope) {
		return PanelPageResponse.of(this.panels.agent(id, period.request(), scope), caller);
	}

	@GetMapping(path = "/api/v1/dashboard/agents/{id}/{panel}/csv", produces = "text/csv")
	@Operation(operationId = "getAgentPanelCsv", summary = "One chart of an agent's page, as CSV",
			description = "Recorded in the audit log as an export. Same parameters as the agent's page.")
	@ScopedObject(parameter = "id", kind = ScopedObject.Kind.AGENT)
	@ApiResponse(responseCode = "200", description = "The table.", content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"),
			examples = @ExampleObject(value = "month,revenue,leads\r\n2026-03,41250.00,12\r\n")))
	@ApiResponse(responseCode = "404", description = "No agent has that id, it is outside the caller's data scope, "
			+ "or the page has no chart of that name.")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "The agent's warehouse user id.", example = "12") @PathVariable long id,
			@Parameter(description = "The chart's id in the page.", example = "monthly") @PathVariable String panel,
			@ParameterObject PeriodQuery period, Caller caller, DataScope scope) {
		PanelPage page = this.panels.agent(id, period.request(), scope)
			.without(caller.hiddenColumns());
		Panel table = page.panel(panel)
			.orElseThrow(() -> new NoSuchPanelException("An agent's page has no chart '" + panel + "'."));
		return this.exports.download(caller, scope, "dashboard:agents/" + id + "/" + panel, Map.of(), table,
				"agent-" + id + "-" + panel + ".csv");
	}

}
