package io.keystonebi.sql.rows;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A market sale behind a chart's point.
 *
 * @param sold the sale date
 * @param price the sale price
 * @param zipcode its zipcode, or null
 * @param bedrooms its bedrooms, or null
 * @param sqft its living area in square feet, or null
 * @param pricePerSqft price per square foot of living area, or null without one
 * @param latitude its latitude, or null
 * @param longitude its longitude, or null
 * @param total the rows that match without the limit
 */
public record SaleRow(LocalDate sold, BigDecimal price, String zipcode, Integer bedrooms, Integer sqft, BigDecimal pricePerSqft, BigDecimal latitude, BigDecimal longitude, long total) {
}
