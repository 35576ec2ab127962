package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The agents' revenue targets for one month, summed.
 *
 * @param month first day of the month
 * @param revenueTarget sum of the agents' targets for that month
 */
public record MonthlyTargetRow(LocalDate month, BigDecimal revenueTarget) {
}
