package io.keystonebi.reports.funnel;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-proportion z-test of an A/B experiment: whether B's conversion rate differs from A's by more than chance
 * would make it. With the pooled rate p = (xA + xB) / (nA + nB), z = (pB - pA) / sqrt(p (1 - p) (1/nA + 1/nB)) and
 * the two-sided p-value is 2 Φ(-|z|), that is 2 (1 - Φ(|z|)).
 *
 * @param z the test statistic, positive when B converts better
 * @param pValue the two-sided p-value
 */
public record TwoProportionTest(double z, double pValue) {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	/** The significance level of {@link #significant()}: 5 %. */
	public static final double ALPHA = 0.05;

	/**
	 * @param convertedA conversions in cohort A
	 * @param leadsA leads in cohort A
	 * @param convertedB conversions in cohort B
	 * @param leadsB leads in cohort B
	 * @return the test, or null when it cannot be made: a cohort without leads, or no variance (every lead of both
	 * converted, or none did)
	 */
	public static TwoProportionTest of(long convertedA, long leadsA, long convertedB, long leadsB) {
		if (leadsA <= 0 || leadsB <= 0) {
			return null;
		}
		double pA = (double) convertedA / leadsA;
		double pB = (double) convertedB / leadsB;
		double pooled = (double) (convertedA + convertedB) / (leadsA + leadsB);
		double variance = pooled * (1 - pooled) * (1.0 / leadsA + 1.0 / leadsB);
		if (variance <= 0) {
			return null;
		}
		double z = (pB - pA) / Math.sqrt(variance);
		double pValue = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return new TwoProportionTest(z, Math.min(1, Math.max(0, pValue)));
	}

	/** @return whether the difference is significant at 5 % (p below 0.05) */
	public boolean significant() {
		return this.pValue < ALPHA;
	}

}
