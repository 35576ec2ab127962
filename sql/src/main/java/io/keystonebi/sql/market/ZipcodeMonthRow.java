package io.keystonebi.sql.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The median sale price of one zipcode in one month.
 *
 * @param month first day of the month
 * @param zipcode the zipcode
 * @param rank its place by sales over the whole period, 1 for the most
 * @param medianPrice median sale price in the month
 * @param sales sales in the month
 */
public record ZipcodeMonthRow(LocalDate month, String zipcode, int rank, BigDecimal medianPrice, long sales) {
}
