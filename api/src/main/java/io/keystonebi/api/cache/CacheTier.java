package io.keystonebi.api.cache;

import java.time.Duration;
import java.util.Locale;

import io.keystonebi.api.ApiProperties;

/**
 * How long a kind of answer may be reused, each with its own time to live ({@code bi.api.cache.ttl.*}). A load
 * that changes the data behind an answer drops it sooner, whatever its tier.
 */
public enum CacheTier {

	/** Results of single queries; 30 s by default. */
	RAW,

	/** The summary's KPI cards; 5 min by default. */
	KPI,

	/** Computed analytics: forecasts, churn, attribution; 1 h by default. */
	ANALYTICS,

	/** The data behind a report; 24 h by default. */
	REPORT,

	/** Figures of closed past periods; 7 d by default. */
	HISTORY;

	Duration ttl(ApiProperties.Cache.Ttl ttl) {
		return switch (this) {
			case RAW -> ttl.raw();
			case KPI -> ttl.kpi();
			case ANALYTICS -> ttl.analytics();
			case REPORT -> ttl.report();
			case HISTORY -> ttl.history();
		};
	}

	/** @return the tier as keys and metric tags name it */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
