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
import io.keystonebi.reports.scope.DataScope;

/**
 * The day cached dashboard answers count from: today in the reporting zone. It is part of every cached answer's
 * key, so an answer with a relative range ({@code range=30d}) is never served on the day after it was computed.
 */
@Component
class ReportingDay {

	private final TwoTierCache cache;

	private final SummaryService summaries;

	private final Clock clock;

	ReportingDay(TwoTierCache cache, SummaryService summaries, Clock clock) {
		this.cache = cache;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** @return today in the reporting zone */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

	/**
	 * @param request the period and comparison as asked
	 * @param today the day relative ranges end on
	 * @return the parts of a cache key that name the request
	 */
	static Map<String, Object> parameters(SummaryRequest request, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("range", (request.range() != null) ? request.range().code() : null);
		parameters.put("from", request.first());
		parameters.put("to", request.last());
		parameters.put("compare", request.comparison().code());
		parameters.put("today", today);
		return parameters;
	}

	// The same for every scope; it changes only with the locations, whose changes drop it.
	private ZoneId zone() {
		CacheKey key = CacheKey.of(CacheTier.RAW, "reporting-zone", DataScope.brokerage(), Map.of(),
				Coverage.everywhere());
		return ZoneId.of(this.cache.get(key, String.class, () -> this.summaries.reportingZone().getId()));
	}

}
