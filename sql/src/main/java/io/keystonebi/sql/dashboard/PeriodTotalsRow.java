package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * The figures of a period and of the period it is compared with, summed over locations.
 *
 * @param revenue sum of monetary values of opportunities won in the period
 * @param leads contacts created in the period counting as leads
 * @param convertedLeads those leads with an opportunity won before the period's end
 * @param pipelineValue sum of monetary values of opportunities open at the period's end
 * @param baseRevenue revenue of the compared period (0 without one)
 * @param baseLeads leads of the compared period (0 without one)
 * @param baseConvertedLeads converted leads of the compared period (0 without one)
 * @param basePipelineValue pipeline value at the compared period's end (0 without one)
 */
public record PeriodTotalsRow(BigDecimal revenue, long leads, long convertedLeads, BigDecimal pipelineValue,
		BigDecimal baseRevenue, long baseLeads, long baseConvertedLeads, BigDecimal basePipelineValue) {
}
