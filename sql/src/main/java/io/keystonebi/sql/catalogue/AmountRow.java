package io.keystonebi.sql.catalogue;

import java.math.BigDecimal;

/**
 * A breakdown key's prorated revenue target or marketing spend in a period.
 *
 * @param key the key, or {@code total}; null for a missing id
 * @param amount the amount, to the cent
 */
public record AmountRow(String key, BigDecimal amount) {
}
