package io.keystonebi.sql.market;

import java.time.LocalDate;

/**
 * Sales of one month of a period and of the compared period's month in the same position.
 *
 * @param month first day of the month
 * @param sales sales in it
 * @param baseMonth first day of the compared month, or null without a compared period
 * @param baseSales sales in the compared month, or null without a compared period
 */
public record MonthlySalesRow(LocalDate month, long sales, LocalDate baseMonth, Long baseSales) {
}
