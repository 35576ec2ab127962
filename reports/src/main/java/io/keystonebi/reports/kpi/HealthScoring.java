package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.dashboard.PipelineHealthRow;

/**
 * Turns the open deals' figures into the pipeline health score. Each part is a share from 0 to 1; the score is
 * their weighted mean x 100 over the parts that can be computed, so a missing target does not read as a bad
 * pipeline. Shares are kept exact until the end, so a part's rounding never moves the score.
 */
final class HealthScoring {

	private static final MathContext EXACT = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReportsProperties.PipelineHealth settings;

	HealthScoring(ReportsProperties.PipelineHealth settings) {
		this.settings = settings;
	}

	/**
	 * @param row the open deals' figures at the period's end
	 * @param period the period
	 * @param target the period's prorated revenue target, or null without one
	 * @param revenue the revenue won in the period
	 * @return the score with its parts
	 */
	PipelineHealth score(PipelineHealthRow row, ReportingPeriod period, BigDecimal target, BigDecimal revenue) {
		BigDecimal remaining = (target != null) ? target.subtract(revenue).max(BigDecimal.ZERO) : null;
		List<Share> shares = List.of(coverage(row, target, revenue, remaining), freshness(row, period), aging(row),
				balance(row));
		List<BigDecimal> weights = List.of(this.settings.coverageWeight(), this.settings.freshnessWeight(),
				this.settings.agingWeight(), this.settings.balanceWeight());
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal totalWeight = BigDecimal.ZERO;
		List<PipelineHealth.Part> parts = new ArrayList<>();
		for (int i = 0; i < shares.size(); i++) {
			Share share = shares.get(i);
			if (share.value() != null) {
				weighted = weighted.add(share.value().multiply(weights.get(i)));
				totalWeight = totalWeight.add(weights.get(i));
			}
			parts.add(new PipelineHealth.Part(share.key(), share.label(), percent(share.value()), weights.get(i),
					share.explanation()));
		}
		Integer score = (totalWeight.signum() == 0) ? null
				: weighted.multiply(HUNDRED).divide(totalWeight, 0, RoundingMode.HALF_UP).intValueExact();
		return new PipelineHealth(score, List.copyOf(parts), row.weightedPipeline(), remaining);
	}

	private static Share coverage(PipelineHealthRow row, BigDecimal target, BigDecimal revenue, BigDecimal remaining) {
		String odds = " Win probabilities of the open deals' stages: " + row.configuredOddsDeals() + " configured, "
				+ row.learnedOddsDeals() + " learned from the stage's history, " + row.borrowedOddsDeals()
				+ " from the pipeline's or brokerage's overall win rate.";
		if (target == null) {
			return new Share("coverage", "Coverage", null,
					"No revenue target covers this period, so coverage is left out of the score.");
		}
		if (remaining.signum() == 0) {
			return new Share("coverage", "Coverage", BigDecimal.ONE, "Revenue won (" + money(revenue)
					+ ") already meets the target (" + money(target) + "), so coverage is full." + odds);
		}
		BigDecimal covered = row.weightedPipeline().divide(remaining, EXACT);
		BigDecimal share = covered.min(BigDecimal.ONE);
		return new Share("coverage", "Coverage", share, "Weighted pipeline " + money(row.weightedPipeline())
				+ " against the remaining target " + money(remaining) + " (target " + money(target) + " less "
				+ money(revenue) + " won): " + percent(covered) + "%" + ((covered.compareTo(BigDecimal.ONE) > 0) ? ", capped at 100%" : "")
				+ "." + odds);
	}

	private Share freshness(PipelineHealthRow row, ReportingPeriod period) {
		if (row.openDeals() == 0) {
			return new Share("freshness", "Freshness", null, "No deal is open at the period's end.");
		}
		BigDecimal share = ratio(row.touchedDeals(), row.openDeals());
		return new Share("freshness", "Freshness", share, row.touchedDeals() + " of " + row.openDeals()
				+ " open deals (" + percent(share) + "%) had activity in the " + describe(this.settings.touchedWithin())
				+ " through " + period.lastDay() + ".");
	}

	private Share aging(PipelineHealthRow row) {
		long unknown = row.openDeals() - row.agingKnownDeals();
		String left = (unknown == 0) ? ""
				: " " + unknown + " more without a known stage entry or stage history are left out.";
		if (row.agingKnownDeals() == 0) {
			return new Share("aging", "Aging", null, (row.openDeals() == 0) ? "No deal is open at the period's end."
					: "No open deal has a known stage entry and stage history to judge its age by.");
		}
		BigDecimal share = ratio(row.withinNormalDeals(), row.agingKnownDeals());
		return new Share("aging", "Aging", share, row.withinNormalDeals() + " of " + row.agingKnownDeals()
				+ " open deals (" + percent(share) + "%) have been in their stage no longer than "
				+ this.settings.agingFactor().stripTrailingZeros().toPlainString() + "x its median stay." + left);
	}

	private static Share balance(PipelineHealthRow row) {
		if (row.openValue().signum() == 0) {
			return new Share("balance", "Balance", null, "No open deal has a value at the period's end.");
		}
		BigDecimal early = row.earliestStageValue().divide(row.openValue(), EXACT);
		BigDecimal share = BigDecimal.ONE.subtract(early);
		return new Share("balance", "Balance", share, percent(early) + "% of the open value ("
				+ money(row.earliestStageValue()) + " of " + money(row.openValue())
				+ ") is in the earliest stage, so " + percent(share) + "% is further along.");
	}

	private static BigDecimal ratio(long part, long whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), EXACT);
	}

	private static BigDecimal percent(BigDecimal share) {
		return (share == null) ? null : share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
	}

	private static String money(BigDecimal amount) {
		return AlertRules.money(Objects.requireNonNull(amount));
	}

	private static String describe(Duration window) {
		return (window.toHoursPart() == 0 && window.toMinutesPart() == 0) ? window.toDays() + " days"
				: window.toHours() + " hours";
	}

	private record Share(String key, String label, BigDecimal value, String explanation) {
	}

}
