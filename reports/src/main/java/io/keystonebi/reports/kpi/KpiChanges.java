package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * Changes in percent (one decimal) against the comparison; each null when it has no base (0 or unknown).
 *
 * @param revenue change of revenue
 * @param leads change of the number of leads
 * @param conversionRate change of the conversion rate (relative, not in points)
 * @param pipelineValue change of the pipeline value
 */
public record KpiChanges(BigDecimal revenue, BigDecimal leads, BigDecimal conversionRate, BigDecimal pipelineValue) {

	static final KpiChanges NONE = new KpiChanges(null, null, null, null);

}
