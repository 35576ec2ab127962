package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * What the summary was compared with.
 *
 * @param kind the kind of comparison
 * @param period the compared period (the summary's own period for a target)
 * @param totals the compared period's figures, or null for a target
 * @param targetRevenue the prorated revenue target, or null when not comparing with targets or none exist
 */
public record ComparisonBasis(Comparison kind, ReportingPeriod period, KpiTotals totals, BigDecimal targetRevenue) {
}
