package io.keystonebi.api.dashboard;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.api.sync.SyncStatusService;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;

/** {@code GET /}: the executive summary page, rendered on the server so it works without JavaScript. */
@Controller
class DashboardPageController {

	private final CachedSummaries summaries;

	private final SyncStatusService sync;

	DashboardPageController(CachedSummaries summaries, SyncStatusService sync) {
		this.summaries = summaries;
		this.sync = sync;
	}

	// A bad period is shown on the page itself, beside the selector that fixes it, rather than as a bare
	// problem document a browser user cannot act on.
	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String range, @RequestParam(required = false) String compare,
			Model model, HttpServletResponse response) {
		try {
			SummaryRequest request = SummaryRequest.parse(from, to, range, compare);
			model.addAttribute("page", DashboardPage.of(this.summaries.summarize(request, DataScope.brokerage()), request, this.sync.report()));
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", DashboardPage.invalid(ex.getMessage(), from, to, compare, this.sync.report()));
		}
		return "dashboard";
	}

}
