package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.scope.DataScope;

/** {@code GET /api/v1/dashboard/summary}: the executive summary as JSON. */
@RestController
@Tag(name = "Dashboard", description = "The executive summary the dashboard shows.")
class SummaryController {

	private final CachedSummaries summaries;

	SummaryController(CachedSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/api/v1/dashboard/summary")
	@Operation(summary = "The executive summary",
			description = "Revenue, GCI, leads, conversion rate, pipeline value, average deal size, speed to lead, "
					+ "appointments and win rate for a period, each with its change against a comparison (cards, in "
					+ "the page's order, with a direction and whether it is good: a faster speed to lead is down and "
					+ "good); the pipeline health score with its four parts explained; the top agents, alerts, "
					+ "revenue month, quarter and year to date, and how fresh each location's data is. A viewer "
					+ "gets no commission figures: no commission object and no GCI card. Days are each location's "
					+ "local days. Limited to the caller's data scope: an agent sees their own deals and leads, a manager their team's. Give "
					+ "either range, or from and to; with neither, the last 30 days.")
	SummaryResponse summary(@ParameterObject PeriodQuery period, DataScope scope, Caller caller) {
		return SummaryResponse.of(this.summaries.summarize(period.request(), scope),
				SummaryCards.seesCommission(caller));
	}

}
