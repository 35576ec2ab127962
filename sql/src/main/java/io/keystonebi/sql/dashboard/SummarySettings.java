package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * The configuration and the learned stage model the summary statement applies. The stage arrays run in parallel.
 *
 * @param commissionRate the commission rate of deals whose property type has none, for GCI from sale prices
 * @param touchedWithin seconds before the period's end within which an open deal counts as touched
 * @param stageIds the stages with a known win probability
 * @param stageOdds their win probabilities, 0 to 1
 * @param stageBases where each came from: {@code configured}, {@code learned} or {@code borrowed}
 * @param stageNormalSeconds each stage's normal stay in seconds, negative when unknown
 * @param fallbackOdds the win probability of deals without a stage or in a stage without one
 */
public record SummarySettings(BigDecimal commissionRate, long touchedWithin, long[] stageIds, double[] stageOdds,
		String[] stageBases, double[] stageNormalSeconds, BigDecimal fallbackOdds) {
}
