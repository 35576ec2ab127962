package io.keystonebi.sql.catalogue;

import java.math.BigDecimal;

/**
 * A breakdown key's public market sales in a period.
 *
 * @param key the zipcode or local date, or {@code total}
 * @param sales homes sold
 * @param medianPrice their median price
 * @param pricePerSqft their median price per square foot of living area, or null
 */
public record MarketFiguresRow(String key, long sales, BigDecimal medianPrice, BigDecimal pricePerSqft) {
}
