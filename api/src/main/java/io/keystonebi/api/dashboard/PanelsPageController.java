package io.keystonebi.api.dashboard;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.sync.SyncReport;
import io.keystonebi.api.sync.SyncStatusService;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.scope.DataScope;

/**
 * The dashboard's pages of charts ({@code /pipeline}, {@code /revenue}, {@code /agents}, {@code /funnel},
 * {@code /market}): rendered on the server with every chart's table, so they read without JavaScript; the page's
 * script draws the charts from the same page's API and keeps them live.
 */
@Controller
class PanelsPageController {

	private final CachedPanels panels;

	private final SyncStatusService sync;

	private final DashboardLayouts layouts;

	private final AccountDirectory accounts;

	PanelsPageController(CachedPanels panels, SyncStatusService sync, DashboardLayouts layouts,
			AccountDirectory accounts) {
		this.panels = panels;
		this.sync = sync;
		this.layouts = layouts;
		this.accounts = accounts;
	}

	// A bad period is shown on the page beside the selector that fixes it, as on the summary.
	@GetMapping({ "/pipeline", "/revenue", "/agents", "/funnel", "/market" })
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String range, @RequestParam(required = false) String compare,
			HttpServletRequest request, Caller caller, DataScope scope, Model model, HttpServletResponse response) {
		PanelPages page = PanelPages.of(request.getServletPath().substring(1)).orElseThrow();
		DashboardLayout layout = this.layouts.of(caller.accountId());
		boolean periodGiven = !isBlank(from) || !isBlank(to) || !isBlank(range);
		String effectiveRange = periodGiven ? range : layout.range();
		String effectiveCompare = isBlank(compare) ? layout.compare() : compare;
		SyncReport report = this.sync.report();
		ZoneId zone = DashboardPage.zone(report);
		model.addAttribute("caller", caller);
		model.addAttribute("scopeLabel", this.accounts.scopeLabel(caller));
		model.addAttribute("nav", Navigation.of(page.code()));
		model.addAttribute("sync", SyncStamp.of(report, zone));
		try {
			SummaryRequest parsed = SummaryRequest.parse(from, to, effectiveRange, effectiveCompare);
			PanelPage computed = this.panels.page(page.code(), parsed, scope)
				.without(caller.hiddenColumns());
			String query = query(parsed);
			model.addAttribute("page", PanelsPageView.of(page, computed, zone, query));
			model.addAttribute("period", PeriodControls.of("/" + page.code(), parsed.range(),
					parsed.comparison().code(), computed.from(), computed.to()));
			model.addAttribute("apiQuery", query);
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("page", PanelsPageView.failed(page.code(), page.title(), page.intro()));
			model.addAttribute("period", PeriodControls.invalid("/" + page.code(), from, to, effectiveCompare));
			model.addAttribute("apiQuery", "");
		}
		return "panels";
	}

	/** {@code /agents/{id}}: one agent's page, the drill-down of the agents page. */
	@GetMapping("/agents/{id}")
	String agent(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String range,
			@RequestParam(required = false) String compare, Caller caller, DataScope scope, Model model,
			HttpServletResponse response) {
		SyncReport report = this.sync.report();
		ZoneId zone = DashboardPage.zone(report);
		String code = "agents/" + id;
		model.addAttribute("caller", caller);
		model.addAttribute("scopeLabel", this.accounts.scopeLabel(caller));
		model.addAttribute("nav", Navigation.of(PanelPages.AGENTS.code()));
		model.addAttribute("sync", SyncStamp.of(report, zone));
		try {
			SummaryRequest parsed = SummaryRequest.parse(from, to, range, compare);
			PanelPage computed = this.panels.agent(id, parsed, scope).without(caller.hiddenColumns());
			String query = query(parsed);
			model.addAttribute("page", PanelsPageView.of(code, agentName(computed), "One agent's figures, next to "
					+ "the team's average, by month and against quota.", computed, zone, query));
			model.addAttribute("period", PeriodControls.of("/" + code, parsed.range(), parsed.comparison().code(),
					computed.from(), computed.to()));
			model.addAttribute("apiQuery", query);
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("page", PanelsPageView.failed(code, "Agent", ""));
			model.addAttribute("period", PeriodControls.invalid("/" + code, from, to, compare));
			model.addAttribute("apiQuery", "");
		}
		return "panels";
	}

	// The profile's first cell is the agent's name.
	private static String agentName(PanelPage page) {
		return page.panel("profile").filter((panel) -> !panel.rows().isEmpty())
			.map((panel) -> String.valueOf(panel.rows().get(0).get(0))).orElse("Agent");
	}

	// The period as the API takes it, so the script, the CSV links and drills ask for exactly what the page shows.
	private static String query(SummaryRequest request) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (request.range() != null) {
			query.queryParam("range", request.range().code());
		}
		else {
			query.queryParam("from", request.first()).queryParam("to", request.last());
		}
		query.queryParam("compare", request.comparison().code());
		return query.build().toUriString();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
