package io.keystonebi.api.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.keystonebi.api.cache.CacheKey;
import io.keystonebi.api.cache.CacheTier;
import io.keystonebi.api.cache.Coverage;
import io.keystonebi.api.cache.TwoTierCache;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.kpi.SummaryService;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
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

	private final SummaryService summaries;

	private final Clock clock;

	CachedPanels(TwoTierCache cache, PanelService panels, SummaryService summaries, Clock clock) {
		this.cache = cache;
		this.panels = panels;
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * @param page the page's name
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return every panel of the page, with every column (the caller's role decides later what is shown)
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException for an unusable period
	 */
	PanelPage page(String page, SummaryRequest request, DataScope scope) {
		LocalDate today = today();
		CacheKey key = CacheKey.of(CacheTier.ANALYTICS, "panels-" + page, scope, parameters(request, today),
				Coverage.everywhere());
		return this.cache.get(key, PanelPage.class, () -> this.panels.page(page, request, scope, today));
	}

	/** @return today in the reporting zone (cached with the summary's, which is the same entry) */
	LocalDate today() {
		CacheKey key = CacheKey.of(CacheTier.RAW, "reporting-zone", DataScope.brokerage(), Map.of(),
				Coverage.everywhere());
		ZoneId zone = ZoneId.of(this.cache.get(key, String.class, () -> this.summaries.reportingZone().getId()));
		return LocalDate.now(this.clock.withZone(zone));
	}

	static Map<String, Object> parameters(SummaryRequest request, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("range", (request.range() != null) ? request.range().code() : null);
		parameters.put("from", request.first());
		parameters.put("to", request.last());
		parameters.put("compare", request.comparison().code());
		parameters.put("today", today);
		return parameters;
	}

}
