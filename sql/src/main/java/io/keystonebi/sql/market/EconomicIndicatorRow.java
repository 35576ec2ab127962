package io.keystonebi.sql.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of an economic series.
 *
 * @param series the series' name
 * @param month first day of the month
 * @param value the value
 * @param unit {@code percent}, {@code number}, {@code money} or {@code index}
 */
public record EconomicIndicatorRow(String series, LocalDate month, BigDecimal value, String unit) {
}
