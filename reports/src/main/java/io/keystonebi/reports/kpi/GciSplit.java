package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * How the period's GCI divides between the agents and the brokerage, and the configuration it follows from, so the
 * dashboard can say which meaning is in force. Commission figures: never shown to a viewer.
 *
 * @param gci gross commission income of the deals won in the period
 * @param agentCommission GCI x the agent split, to the cent
 * @param companyDollar GCI - agent commission
 * @param valueIsCommission whether deal values are commissions already (GCI = revenue) rather than sale prices
 * @param rate the default commission rate applied to sale prices (property types may set their own)
 * @param agentSplit the agents' share of GCI
 */
public record GciSplit(BigDecimal gci, BigDecimal agentCommission, BigDecimal companyDollar,
		boolean valueIsCommission, BigDecimal rate, BigDecimal agentSplit) {
}
