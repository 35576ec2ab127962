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
import io.keystonebi.reports.kpi.Summary;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.kpi.SummaryService;
import io.keystonebi.reports.scope.DataScope;

/**
 * The summary through the cache (KPI tier), for the API and the page alike. A summary reads every location, so
 * any location's change drops it. Its key holds the caller's scope, the request as asked and the day it counts
 * from: a relative range ({@code range=30d}) and the figures to date end today in the reporting zone, so an
 * answer is never served on the day after it was computed.
 */
@Component
class CachedSummaries {

	private final TwoTierCache cache;

	private final SummaryService summaries;

	private final Clock clock;

	CachedSummaries(TwoTierCache cache, SummaryService summaries, Clock clock) {
		this.cache = cache;
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return the summary, cached or computed
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException when the period is longer than allowed
	 */
	Summary summarize(SummaryRequest request, DataScope scope) {
		LocalDate today = LocalDate.now(this.clock.withZone(reportingZone()));
		CacheKey key = CacheKey.of(CacheTier.KPI, "summary", scope, parameters(request, today), Coverage.everywhere());
		return this.cache.get(key, Summary.class, () -> this.summaries.summarize(request, scope, today));
	}

	// The same for every scope; it changes only with the locations, whose changes drop it.
	private ZoneId reportingZone() {
		CacheKey key = CacheKey.of(CacheTier.RAW, "reporting-zone", DataScope.brokerage(), Map.of(),
				Coverage.everywhere());
		return ZoneId.of(this.cache.get(key, String.class, () -> this.summaries.reportingZone().getId()));
	}

	private static Map<String, Object> parameters(SummaryRequest request, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("range", (request.range() != null) ? request.range().code() : null);
		parameters.put("from", request.first());
		parameters.put("to", request.last());
		parameters.put("compare", request.comparison().code());
		parameters.put("today", today);
		return parameters;
	}

}
