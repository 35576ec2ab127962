package io.keystonebi.sql.market;

import java.math.BigDecimal;

/**
 * The price per square foot of one zipcode, beside the whole market's.
 *
 * @param zipcode the zipcode
 * @param medianPricePerSqft median of its sales' price divided by living area
 * @param sales its sales with a living area
 * @param overallMedianPricePerSqft the same median over every zipcode's sales in the period
 */
public record PricePerSqftRow(String zipcode, BigDecimal medianPricePerSqft, long sales, BigDecimal overallMedianPricePerSqft) {
}
