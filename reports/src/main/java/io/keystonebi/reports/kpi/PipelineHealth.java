package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The pipeline health score at the period's end with its four parts, so nobody has to trust a black box.
 *
 * @param score 0 to 100: the weighted mean of the parts that could be computed, or null when none could
 * @param parts coverage, freshness, aging and balance, in that order
 * @param weightedPipeline the open deals' values times their stages' win probabilities
 * @param remainingTarget the period's revenue target less the revenue won in it (not below 0), or null without a
 * target
 */
public record PipelineHealth(Integer score, List<Part> parts, BigDecimal weightedPipeline,
		BigDecimal remainingTarget) {

	/**
	 * One part of the score.
	 *
	 * @param key {@code coverage}, {@code freshness}, {@code aging} or {@code balance}
	 * @param label its name for people
	 * @param percent the part as a share in percent (one decimal), or null when it cannot be computed (then it is
	 * left out of the score)
	 * @param weight its configured weight
	 * @param explanation one line saying how it came about, with its numbers
	 */
	public record Part(String key, String label, BigDecimal percent, BigDecimal weight, String explanation) {
	}

}
