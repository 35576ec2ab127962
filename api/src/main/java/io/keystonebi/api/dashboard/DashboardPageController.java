package io.keystonebi.api.dashboard;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.sync.SyncStatusService;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;

/** {@code GET /}: the executive summary page, rendered on the server so it works without JavaScript. */
@Controller
class DashboardPageController {

	private final CachedSummaries summaries;

	private final SyncStatusService sync;

	private final DashboardLayouts layouts;

	private final AccountDirectory accounts;

	DashboardPageController(CachedSummaries summaries, SyncStatusService sync, DashboardLayouts layouts,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.summaries = summaries;
		this.sync = sync;
		this.layouts = layouts;
	}

	// A bad period is shown on the page itself, beside the selector that fixes it, rather than as a bare
	// problem document a browser user cannot act on.
	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String range, @RequestParam(required = false) String compare,
			Caller caller, DataScope scope, Model model, HttpServletResponse response) {
		model.addAttribute("caller", caller);
		model.addAttribute("nav", Navigation.of("summary"));
		model.addAttribute("scopeLabel", this.accounts.scopeLabel(caller));
		DashboardLayout layout = this.layouts.of(caller.accountId());
		model.addAttribute("rows", layout.rows());
		model.addAttribute("layout", layout);
		model.addAttribute("layoutEditor", layout.editor());
		// The caller's saved period applies only when the address names none, so links and bookmarks still work.
		boolean periodGiven = !isBlank(from) || !isBlank(to) || !isBlank(range);
		String effectiveRange = periodGiven ? range : layout.range();
		String effectiveCompare = isBlank(compare) ? layout.compare() : compare;
		try {
			SummaryRequest request = SummaryRequest.parse(from, to, effectiveRange, effectiveCompare);
			model.addAttribute("page", DashboardPage.of(this.summaries.summarize(request, scope), request,
					this.sync.report(), SummaryCards.seesCommission(caller)));
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", DashboardPage.invalid(ex.getMessage(), from, to, effectiveCompare,
					this.sync.report()));
		}
		return "dashboard";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
