package io.keystonebi.sql.market;

import java.math.BigDecimal;

/**
 * One calendar month over all market data.
 *
 * @param monthOfYear 1 for January to 12 for December
 * @param averageSales sales in that calendar month divided by the number of years with sales in it
 * @param medianPriceIndex the month's median price as a percentage of the median over all data
 */
public record SeasonRow(int monthOfYear, BigDecimal averageSales, BigDecimal medianPriceIndex) {
}
