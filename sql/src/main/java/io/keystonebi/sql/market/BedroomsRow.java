package io.keystonebi.sql.market;

import java.math.BigDecimal;

/**
 * Market sales of homes with one number of bedrooms.
 *
 * @param bedrooms the number of bedrooms as text, {@code 5+} for five or more, {@code (unknown)} when not recorded
 * @param medianPrice median sale price
 * @param sales number of sales
 */
public record BedroomsRow(String bedrooms, BigDecimal medianPrice, long sales) {
}
