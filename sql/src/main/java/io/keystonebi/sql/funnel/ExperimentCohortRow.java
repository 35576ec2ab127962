package io.keystonebi.sql.funnel;

/**
 * The period's leads of one experiment cohort.
 *
 * @param position the cohort's position (from 1) in the arrays it was asked for by
 * @param leads leads created in the period that belong to it
 * @param converted those of them with a deal won by the period's end
 */
public record ExperimentCohortRow(int position, long leads, long converted) {
}
