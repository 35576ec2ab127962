package io.keystonebi.sql.revenue;

import java.math.BigDecimal;

/**
 * Revenue won in a period by one agent, team, source or property type.
 *
 * @param dimension {@code agent}, {@code team}, {@code source} or {@code property_type}
 * @param key the agent's, team's or property type's id; null for a source and for deals without one
 * @param label its name; {@code (none)}, {@code (unassigned)} or {@code (no team)} for deals without one
 * @param revenue sum of the won deals' monetary values
 * @param deals number of won deals
 * @param gci their gross commission income, rounded to cents
 */
public record RevenueBreakdownRow(String dimension, Long key, String label, BigDecimal revenue, long deals,
		BigDecimal gci) {
}
