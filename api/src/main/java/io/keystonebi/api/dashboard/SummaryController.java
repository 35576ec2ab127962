package io.keystonebi.api.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;

/** {@code GET /api/v1/dashboard/summary}: the executive summary as JSON. */
@RestController
class SummaryController {

	private final CachedSummaries summaries;

	SummaryController(CachedSummaries summaries) {
		this.summaries = summaries;
	}

	// Parameters arrive as text so a bad value is reported by name with the reports module's message,
	// not as a generic conversion failure.
	@GetMapping("/api/v1/dashboard/summary")
	SummaryResponse summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String range, @RequestParam(required = false) String compare) {
		return SummaryResponse.of(this.summaries.summarize(SummaryRequest.parse(from, to, range, compare),
				DataScope.brokerage()));
	}

}
