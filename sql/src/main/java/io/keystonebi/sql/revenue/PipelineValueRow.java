package io.keystonebi.sql.revenue;

import java.math.BigDecimal;

/**
 * Closed and open deal value of a period.
 *
 * @param closedValue sum of monetary values of deals won in the period
 * @param closedDeals number of those deals
 * @param openValue sum of monetary values of deals open at the period's end
 * @param openDeals number of those deals
 * @param weightedValue open value times each deal's stage win probability, rounded to cents
 * @param unweightedDeals open deals whose stage has no configured or learned probability (left out of the
 * weighted value)
 */
public record PipelineValueRow(BigDecimal closedValue, long closedDeals, BigDecimal openValue, long openDeals,
		BigDecimal weightedValue, long unweightedDeals) {
}
