package io.keystonebi.api.dashboard;

import java.time.LocalDate;

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

	private final ReportingDay day;

	CachedSummaries(TwoTierCache cache, SummaryService summaries, ReportingDay day) {
		this.cache = cache;
		this.summaries = summaries;
		this.day = day;
	}

	/**
	 * @param request the period and comparison
	 * @param scope whose data the caller may see
	 * @return the summary, cached or computed
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException when the period is longer than allowed
	 */
	Summary summarize(SummaryRequest request, DataScope scope) {
		LocalDate today = this.day.today();
		CacheKey key = CacheKey.of(CacheTier.KPI, "summary", scope, ReportingDay.parameters(request, today),
				Coverage.everywhere());
		return this.cache.get(key, Summary.class, () -> this.summaries.summarize(request, scope, today));
	}

}
