package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * Revenue since the start of the month, quarter and year, through the end of today.
 *
 * @param mtd month to date
 * @param qtd quarter to date
 * @param ytd year to date (fiscal year when configured)
 */
public record RevenueToDate(BigDecimal mtd, BigDecimal qtd, BigDecimal ytd) {
}
