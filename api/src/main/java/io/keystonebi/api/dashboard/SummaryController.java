package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;

/** {@code GET /api/v1/dashboard/summary}: the executive summary as JSON. */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class SummaryController {

	private final CachedSummaries summaries;

	SummaryController(CachedSummaries summaries) {
		this.summaries = summaries;
	}

	// Parameters arrive as text so a bad value is reported by name with the reports module's message,
	// not as a generic conversion failure.
	@GetMapping("/api/v1/dashboard/summary")
	@Operation(summary = "The executive summary",
			description = "Revenue, GCI, leads, conversion rate, pipeline value, average deal size, speed to lead, "
					+ "appointments and win rate for a period, each with its change against a comparison (cards, in "
					+ "the page's order, with a direction and whether it is good: a faster speed to lead is down and "
					+ "good); the pipeline health score with its four parts explained; the top agents, alerts, "
					+ "revenue month, quarter and year to date, and how fresh each location's data is. A viewer "
					+ "gets no commission figures: no commission object and no GCI card. Days are each location's local days. Limited to the "
					+ "caller's data scope: an agent sees their own deals and leads, a manager their team's. Give "
					+ "either range, or from and to; with neither, the last 30 days.")
	SummaryResponse summary(
			@Parameter(description = "First day of a custom period, YYYY-MM-DD; needs to.",
					example = "2026-03-01") @RequestParam(required = false) String from,
			@Parameter(description = "Last day of a custom period, included, YYYY-MM-DD; needs from. At most "
					+ "bi.reports.max-range after from.", example = "2026-03-15") @RequestParam(required = false) String to,
			@Parameter(description = "A period ending today, instead of from and to.", example = "30d",
					schema = @Schema(allowableValues = { "today", "7d", "30d", "90d", "mtd", "qtd",
							"ytd" })) @RequestParam(required = false) String range,
			@Parameter(description = "What the figures are compared with: the period before, the same period a "
					+ "year earlier, or the agents' revenue targets.", example = "previous",
					schema = @Schema(allowableValues = { "previous", "last_year",
							"target" }, defaultValue = "previous")) @RequestParam(required = false) String compare,
			DataScope scope, Caller caller) {
		return SummaryResponse.of(this.summaries.summarize(SummaryRequest.parse(from, to, range, compare), scope),
				SummaryCards.seesCommission(caller));
	}

}
