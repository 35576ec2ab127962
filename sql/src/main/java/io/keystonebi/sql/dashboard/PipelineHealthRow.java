package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * The deals open at the period's end, as the pipeline health score judges them.
 *
 * @param openDeals how many are open
 * @param openValue their value
 * @param weightedPipeline the sum of each one's value times its stage's win probability, rounded to cents
 * @param touchedDeals those created, moved, changed or in contact within the freshness window before the end
 * @param agingKnownDeals those whose stage entry and stage's normal time are both known
 * @param withinNormalDeals of those, the ones in their stage no longer than its normal time
 * @param earliestStageValue the value of those in their pipeline's earliest stage
 * @param configuredOddsDeals open deals whose stage's win probability is configured
 * @param learnedOddsDeals open deals whose stage's win probability is learned from the deals that reached it
 * @param borrowedOddsDeals open deals in a stage no closed deal has reached yet, or without a stage, which take
 * their pipeline's (or else the brokerage's) won share of closed deals
 */
public record PipelineHealthRow(long openDeals, BigDecimal openValue, BigDecimal weightedPipeline, long touchedDeals,
		long agingKnownDeals, long withinNormalDeals, BigDecimal earliestStageValue, long configuredOddsDeals,
		long learnedOddsDeals, long borrowedOddsDeals) {
}
