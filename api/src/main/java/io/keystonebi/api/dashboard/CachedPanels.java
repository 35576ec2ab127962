package io.keystonebi.api.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;

import org.springframework.stereotype.Component;

import io.keystonebi.api.cache.CacheKey;
import io.keystonebi.api.cache.CacheTier;
import io.keystonebi.api.cache.Coverage;
import io.keystonebi.api.cache.TwoTierCache;
import io.keystonebi.reports.agents.AgentDetails;
import io.keystonebi.reports.agents.AgentNotInScopeException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.rows.RowsPage;
import io.keystonebi.reports.rows.RowsService;
import io.keystonebi.reports.scope.DataScope;

/**
 * The pages of panels through the cache (analytics tier: they are computed over many rows and change only when
 * data does). A page reads every location, so any location's change drops it. Like the summary, its key holds the
 * caller's scope, the request as asked and the day relative ranges end on.
 */
@Component
class CachedPanels {

	private final TwoTierCache cache;

	private final PanelService panels;

	private final ReportingDay day;

	private final Jdbi jdbi;

	private final RowsService rows;

	private final AgentDetails agents;

	CachedPanels(TwoTierCache cache, PanelService panels, ReportingDay day, Jdbi jdbi, RowsService rows,
			AgentDetails agents) {
		this.cache = cache;
		this.panels = panels;
		this.day = day;
		this.jdbi = jdbi;
		this.rows = rows;
		this.agents = agents;
	}

	/**
	 * One agent's own page: the agent's figures, next to the team's, by month and against quota.
	 * @param agentId the agent's warehouse user id
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return the panels, as a page named {@code agent}
	 * @throws NoSuchPanelException when the agent is unknown or outside the scope: 404, as if it did not exist
	 */
	PanelPage agent(long agentId, SummaryRequest request, DataScope scope) {
		try {
			return agentPage(agentId, request, scope);
		}
		catch (AgentNotInScopeException ex) {
			throw new NoSuchPanelException("No agent with id " + agentId + " is in your data scope.");
		}
	}

	private PanelPage agentPage(long agentId, SummaryRequest request, DataScope scope) {
		LocalDate today = this.day.today();
		Map<String, Object> parameters = ReportingDay.parameters(request, today);
		parameters.put("agent", agentId);
		CacheKey key = CacheKey.of(CacheTier.ANALYTICS, "agent-page", scope, parameters, Coverage.everywhere());
		return this.cache.get(key, PanelPage.class, () -> this.jdbi.withHandle((handle) -> {
			PanelContext context = this.panels.context(handle, request, scope, today);
			return PanelPage.of("agent", context, this.agents.agent(handle, context, agentId));
		}));
	}

	/**
	 * The rows behind a chart's point (raw tier: a short life, since drills are many and each is asked rarely).
	 * @param set which rows
	 * @param filters the drill's filters
	 * @param limit the most rows to return
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return the rows and their total
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException naming a bad filter or limit
	 */
	RowsPage rows(RowSet set, Map<String, String> filters, int limit, SummaryRequest request, DataScope scope) {
		LocalDate today = this.day.today();
		Map<String, Object> parameters = ReportingDay.parameters(request, today);
		parameters.put("limit", limit);
		new TreeMap<>(filters).forEach((name, value) -> parameters.put("filter." + name, value));
		CacheKey key = CacheKey.of(CacheTier.RAW, "rows-" + set.code(), scope, parameters, Coverage.everywhere());
		return this.cache.get(key, RowsPage.class, () -> this.jdbi.withHandle((handle) -> this.rows.rows(handle,
				this.panels.context(handle, request, scope, today), set, filters, limit)));
	}

	/**
	 * @param page the page's name
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return every panel of the page, with every column (the caller's role decides later what is shown)
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException for an unusable period
	 */
	PanelPage page(String page, SummaryRequest request, DataScope scope) {
		LocalDate today = this.day.today();
		CacheKey key = CacheKey.of(CacheTier.ANALYTICS, "panels-" + page, scope,
				ReportingDay.parameters(request, today), Coverage.everywhere());
		return this.cache.get(key, PanelPage.class, () -> this.panels.page(page, request, scope, today));
	}

}
