package io.keystonebi.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How KPIs are computed and when they raise alerts ({@code bi.reports.*}).
 *
 * @param topAgents how many agents the revenue leaderboard shows
 * @param maxRange the longest period a request may ask for; longer ones are refused as bad input
 * @param fiscalYearStartMonth month (1-12) the fiscal year starts in, for quarter and year to date; 1 means
 * the calendar year
 * @param alerts thresholds of the alert rules
 */
@ConfigurationProperties("bi.reports")
public record ReportsProperties(@DefaultValue("5") int topAgents, @DefaultValue("3y") Period maxRange,
		@DefaultValue("1") int fiscalYearStartMonth, @DefaultValue Alerts alerts) {

	public ReportsProperties {
		if (topAgents < 1) {
			throw new IllegalArgumentException("bi.reports.top-agents must be at least 1, not " + topAgents);
		}
		if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
			throw new IllegalArgumentException(
					"bi.reports.fiscal-year-start-month must be 1 to 12, not " + fiscalYearStartMonth);
		}
	}

	/**
	 * Alert rules computed from the summary's figures ({@code bi.reports.alerts.*}). A rule whose drop reaches
	 * twice its threshold is critical, otherwise a warning.
	 *
	 * @param revenueDropPercent alert when revenue is down more than this percentage against the comparison
	 * (previous period, same period last year or target)
	 * @param conversionDropPoints alert when the conversion rate is down more than this many percentage points
	 * @param pipelineDropPercent alert when the pipeline value is down more than this percentage
	 * @param noLeads alert (critical) when no lead was created in the period
	 * @param staleDataAfter warn when the newest data of a location is older than this
	 */
	public record Alerts(@DefaultValue("20") BigDecimal revenueDropPercent,
			@DefaultValue("5") BigDecimal conversionDropPoints, @DefaultValue("15") BigDecimal pipelineDropPercent,
			@DefaultValue("true") boolean noLeads, @DefaultValue("1d") Duration staleDataAfter) {
	}

}
