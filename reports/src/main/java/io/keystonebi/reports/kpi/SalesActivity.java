package io.keystonebi.reports.kpi;

import java.math.BigDecimal;

/**
 * The figures of one period beyond the headline four: closed deals and GCI, replies to new leads and appointments.
 *
 * @param gci gross commission income of the deals won in the period (see {@link GciSplit} for how it follows from
 * their values)
 * @param wonDeals opportunities won in the period, with or without a value
 * @param averageDealSize revenue / won deals, to the cent, or null without a won deal
 * @param lostDeals opportunities lost in the period (abandoned ones are neither won nor lost)
 * @param winRate won / (won + lost) in percent (one decimal), or null when none closed
 * @param answeredLeads the period's leads a person has replied to
 * @param speedToLeadMinutes median minutes from those leads' creation to their first reply (one decimal), or null
 * when none was answered
 * @param appointmentsSet appointments booked in the period
 * @param appointmentsHeld appointments starting in the period that were held (status {@code showed})
 * @param appointmentsNoShow appointments starting in the period the contact missed (status {@code noshow})
 * @param noShowRate no-shows / (held + no-shows) in percent (one decimal), or null without either
 */
public record SalesActivity(BigDecimal gci, long wonDeals, BigDecimal averageDealSize, long lostDeals,
		BigDecimal winRate, long answeredLeads, BigDecimal speedToLeadMinutes, long appointmentsSet,
		long appointmentsHeld, long appointmentsNoShow, BigDecimal noShowRate) {
}
