package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * Changes in percent (one decimal) of the figures beyond the headline four; each null without a base (0 or
 * unknown), and all null against a target, which covers revenue only.
 *
 * @param gci change of GCI
 * @param averageDealSize change of the average deal size
 * @param winRate change of the win rate (relative, not in points)
 * @param speedToLead change of the median minutes to a first reply: a fall is an improvement
 * @param appointmentsSet change of the number of appointments set
 */
public record SalesActivityChanges(BigDecimal gci, BigDecimal averageDealSize, BigDecimal winRate,
		BigDecimal speedToLead, BigDecimal appointmentsSet) {

	static final SalesActivityChanges NONE = new SalesActivityChanges(null, null, null, null, null);

}
