package io.keystonebi.sql.catalogue;

import java.math.BigDecimal;

/**
 * A breakdown key's deal figures in a period.
 *
 * @param key the key (an id as text, a source, a zipcode, a local date) or {@code total}; null for a missing id
 * @param revenue value of the deals won
 * @param gci their gross commission income, to the cent
 * @param won deals won
 * @param lost deals lost
 * @param created deals created
 * @param cycleDays median days from creation to winning of the deals won, or null
 * @param openValue value of the deals open at the period's end
 * @param openDeals deals open at the period's end
 * @param weightedValue open value times each stage's win probability, to the cent
 */
public record DealFiguresRow(String key, BigDecimal revenue, BigDecimal gci, long won, long lost, long created,
		Double cycleDays, BigDecimal openValue, long openDeals, BigDecimal weightedValue) {
}
