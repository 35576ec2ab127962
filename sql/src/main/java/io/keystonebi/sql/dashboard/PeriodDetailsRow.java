package io.keystonebi.sql.dashboard;

import java.math.BigDecimal;

/**
 * The figures of one period beyond revenue, leads and pipeline: closed deals, GCI, replies to leads and
 * appointments, summed over locations.
 *
 * @param wonDeals opportunities won in the period, with or without a value
 * @param lostDeals opportunities lost in the period (abandoned ones not included)
 * @param gciAtRates GCI if deal values are sale prices: each won deal's value times its property type's commission
 * rate, or the default rate, rounded to cents
 * @param answeredLeads the period's leads that a person has replied to
 * @param speedToLeadMinutes median minutes from those leads' creation to their first reply, or null without any
 * @param appointmentsSet appointments booked in the period
 * @param appointmentsHeld appointments starting in the period with status {@code showed}
 * @param appointmentsNoShow appointments starting in the period with status {@code noshow}
 */
public record PeriodDetailsRow(long wonDeals, long lostDeals, BigDecimal gciAtRates, long answeredLeads,
		Double speedToLeadMinutes, long appointmentsSet, long appointmentsHeld, long appointmentsNoShow) {
}
