package io.keystonebi.sql.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The median market sale price of one month.
 *
 * @param month first day of the month
 * @param medianPrice median sale price
 */
public record MonthlyMedianRow(LocalDate month, BigDecimal medianPrice) {
}
