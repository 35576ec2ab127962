package io.keystonebi.reports.kpi;

/**
 * Something in the summary that crossed a configured threshold.
 *
 * @param severity how urgent it is
 * @param kpi the KPI concerned: revenue, leads, conversion_rate, pipeline_value or data_freshness
 * @param message what happened, with the numbers
 */
public record Alert(Severity severity, String kpi, String message) {
}
