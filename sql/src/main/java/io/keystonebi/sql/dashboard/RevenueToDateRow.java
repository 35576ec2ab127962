package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * Revenue won since the start of the month, quarter and year, up to the end of today.
 *
 * @param mtd month to date
 * @param qtd quarter to date
 * @param ytd year to date
 */
public record RevenueToDateRow(BigDecimal mtd, BigDecimal qtd, BigDecimal ytd) {
}
