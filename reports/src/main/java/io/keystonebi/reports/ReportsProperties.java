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
 * @param commission what deal values hold and how GCI and agent commission follow from them
 * @param pipelineHealth how the pipeline health score judges the open deals
 * @param revenue how the revenue page flags concentration
 */
@ConfigurationProperties("bi.reports")
public record ReportsProperties(@DefaultValue("5") int topAgents, @DefaultValue("3y") Period maxRange,
		@DefaultValue("1") int fiscalYearStartMonth, @DefaultValue Alerts alerts, @DefaultValue Commission commission,
		@DefaultValue PipelineHealth pipelineHealth, @DefaultValue Revenue revenue) {

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
	 * GCI and agent commission ({@code bi.reports.commission.*}), as the KPI definitions fix them: with sale prices,
	 * GCI = revenue x commission rate (a property type's own rate where it has one); with commissions, GCI = revenue.
	 * Agent commission = GCI x agent split; company dollar = GCI - agent commission.
	 *
	 * @param valueIs what an opportunity's monetary value holds: {@code sale-price} (the default) or
	 * {@code commission} (the gross commission, as in the demo data)
	 * @param rate commission rate for GCI from sale prices where the property type sets none, 0 to 1; default 0.03
	 * (3%)
	 * @param agentSplit the agents' share of GCI, 0 to 1; default 0.70 (70%)
	 */
	public record Commission(@DefaultValue("sale-price") DealValue valueIs, @DefaultValue("0.03") BigDecimal rate,
			@DefaultValue("0.70") BigDecimal agentSplit) {

		public Commission {
			if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("bi.reports.commission.rate must be 0 to 1, not " + rate);
			}
			if (agentSplit.signum() < 0 || agentSplit.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("bi.reports.commission.agent-split must be 0 to 1, not " + agentSplit);
			}
		}

		/** What an opportunity's monetary value holds. */
		public enum DealValue {

			/** The sale price: GCI is a commission rate of it. */
			SALE_PRICE,

			/** The gross commission itself: GCI equals revenue. */
			COMMISSION

		}

	}

	/**
	 * The pipeline health score ({@code bi.reports.pipeline-health.*}): four parts, each a share from 0 to 1, averaged
	 * with these weights (equal by default) into a score from 0 to 100.
	 *
	 * @param touchedWithin an open deal counts as fresh when something happened to it (created, moved, status
	 * changed, a message or appointment with its contact) within this time before the period's end; default 14 days
	 * @param agingFactor an open deal is within its stage's normal time while it has been in the stage no longer
	 * than this many times the stage's median stay; default 1.5
	 * @param relearnAfter how long the stage win probabilities and median stays learned from history are used
	 * before they are learned again; default 10 minutes
	 * @param coverageWeight weight of coverage (weighted pipeline / remaining target, capped at 1); default 1
	 * @param freshnessWeight weight of freshness (share of open deals touched lately); default 1
	 * @param agingWeight weight of aging (share of open deals within their stage's normal time); default 1
	 * @param balanceWeight weight of balance (share of open value beyond the earliest stage); default 1
	 */
	public record PipelineHealth(@DefaultValue("14d") Duration touchedWithin, @DefaultValue("1.5") BigDecimal agingFactor,
			@DefaultValue("10m") Duration relearnAfter,
			@DefaultValue("1") BigDecimal coverageWeight, @DefaultValue("1") BigDecimal freshnessWeight,
			@DefaultValue("1") BigDecimal agingWeight, @DefaultValue("1") BigDecimal balanceWeight) {

		public PipelineHealth {
			for (BigDecimal weight : new BigDecimal[] { coverageWeight, freshnessWeight, agingWeight, balanceWeight }) {
				if (weight.signum() < 0) {
					throw new IllegalArgumentException("bi.reports.pipeline-health weights must not be negative, not "
							+ weight);
				}
			}
		}

	}

	/**
	 * The revenue page ({@code bi.reports.revenue.*}); what deals are worth to whom is {@link Commission}.
	 *
	 * @param concentrationThresholdPercent flag revenue concentration when the top 5 clients hold more than this
	 * percentage of revenue; default 50
	 */
	public record Revenue(@DefaultValue("50") BigDecimal concentrationThresholdPercent) {

		public Revenue {
			if (concentrationThresholdPercent.signum() < 0
					|| concentrationThresholdPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException("bi.reports.revenue.concentration-threshold-percent must be 0 to "
						+ "100, not " + concentrationThresholdPercent);
			}
		}

	}

}
