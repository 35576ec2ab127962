package io.keystonebi.sql.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Revenue of one local month.
 *
 * @param month first day of the month
 * @param revenue sum of monetary values of deals won in the month
 * @param deals number of deals won in the month
 * @param periodRevenue the part of it won inside the period asked for
 * @param periodDeals the deals won inside the period asked for
 * @param target the agents' summed revenue target of the month, or null when none has one
 */
public record RevenueMonthRow(LocalDate month, BigDecimal revenue, long deals, BigDecimal periodRevenue,
		long periodDeals, BigDecimal target) {
}
