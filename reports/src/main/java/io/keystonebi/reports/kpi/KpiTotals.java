package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * The headline figures of one period.
 *
 * @param revenue revenue won in the period
 * @param leads leads created in the period
 * @param convertedLeads those leads with an opportunity won by the period's end
 * @param conversionRate converted leads in percent of leads (one decimal), or null without leads
 * @param pipelineValue value of the opportunities open at the period's end
 */
public record KpiTotals(BigDecimal revenue, long leads, long convertedLeads, BigDecimal conversionRate,
		BigDecimal pipelineValue) {
}
