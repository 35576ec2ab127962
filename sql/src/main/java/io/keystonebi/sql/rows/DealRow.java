package io.keystonebi.sql.rows;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal (opportunity) behind a chart's point.
 *
 * @param dealId the opportunity's warehouse id
 * @param deal its name
 * @param contact its contact's name (personal data), or null
 * @param agent its assigned agent's name, or null
 * @param agentId its assigned agent's warehouse id, or null
 * @param stage its current stage's name, or null
 * @param status {@code open}, {@code won}, {@code lost} or {@code abandoned}
 * @param value its monetary value, or null
 * @param created the local day it was created, or null
 * @param closed the local day it was won, or lost or abandoned, or null
 * @param propertyType its property type's name, or null
 * @param total the rows that match without the limit
 */
public record DealRow(long dealId, String deal, String contact, String agent, Long agentId, String stage, String status, BigDecimal value, LocalDate created, LocalDate closed, String propertyType, long total) {
}
