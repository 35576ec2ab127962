package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * The period figures of the summary, summed over locations.
 *
 * @param revenue sum of monetary values of opportunities won in the period
 * @param leads contacts created in the period counting as leads
 * @param convertedLeads those leads with an opportunity won before the period's end
 * @param pipelineValue sum of monetary values of opportunities open at the period's end
 */
public record PeriodTotalsRow(BigDecimal revenue, long leads, long convertedLeads, BigDecimal pipelineValue) {
}
