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
 * @param revenue how revenue is split into gross commission, agent commission and company dollar
 */
@ConfigurationProperties("bi.reports")
public record ReportsProperties(@DefaultValue("5") int topAgents, @DefaultValue("3y") Period maxRange,
		@DefaultValue("1") int fiscalYearStartMonth, @DefaultValue Alerts alerts, @DefaultValue Revenue revenue) {

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

	/**
	 * What deals are worth to whom ({@code bi.reports.revenue.*}), as the KPI definitions fix it: GCI is revenue x
	 * commission rate when monetary values are sale prices and revenue itself when they are commissions; agent
	 * commission is GCI x agent split; company dollar is GCI - agent commission.
	 *
	 * @param monetaryValue what an opportunity's monetary value holds, {@code sale-price} (default) or
	 * {@code commission}
	 * @param commissionRatePercent commission rate for GCI, in percent of the sale price, where the deal's property
	 * type sets none; default 3
	 * @param agentSplitPercent the agent's share of GCI, in percent; default 70
	 * @param concentrationThresholdPercent flag revenue concentration when the top 5 clients hold more than this
	 * percentage of revenue; default 50
	 */
	public record Revenue(@DefaultValue("sale-price") MonetaryValue monetaryValue,
			@DefaultValue("3") BigDecimal commissionRatePercent, @DefaultValue("70") BigDecimal agentSplitPercent,
			@DefaultValue("50") BigDecimal concentrationThresholdPercent) {

		public Revenue {
			requirePercent("commission-rate-percent", commissionRatePercent);
			requirePercent("agent-split-percent", agentSplitPercent);
			requirePercent("concentration-threshold-percent", concentrationThresholdPercent);
		}

		private static void requirePercent(String name, BigDecimal value) {
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException("bi.reports.revenue." + name + " must be 0 to 100, not " + value);
			}
		}

		/** What an opportunity's monetary value holds. */
		public enum MonetaryValue {

			/** The sale price: GCI is revenue x commission rate. */
			SALE_PRICE,

			/** The gross commission already: GCI is revenue. */
			COMMISSION

		}

	}

}
