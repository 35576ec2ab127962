package io.keystonebi.sql.funnel;

import java.time.LocalDate;

/**
 * What {@link FunnelQueries#cohort} counts: up to three windows of local dates {@code [from, to)} (the period, the
 * one it is compared with, the norm), each a cohort of the leads created in it, placed in the funnel as of the
 * window's end (the stage mapping is {@link FunnelSteps}, bound beside it); and the thresholds of the per-lead
 * flags.
 *
 * @param from first local date of the period
 * @param to first local date after the period
 * @param baseFrom first local date of the compared period, or null without one
 * @param baseTo first local date after it, or null
 * @param normFrom first local date of the norm window (the months before the period), or null without one
 * @param normTo first local date after it, or null
 * @param unit how leads are bucketed by creation: {@code week} (ISO weeks, from Monday) or {@code month}
 * @param speedToLeadSeconds how soon after creation a first contact counts as in time
 * @param idleDays an open deal whose lead was not touched for more days than this is idle
 * @param hotScore engagement score from which an open lead is hot
 * @param warmScore engagement score from which an open lead is warm
 * @param scopeAll whether the caller sees the whole brokerage
 * @param scopeUsers otherwise, the warehouse users whose leads count
 */
public record CohortQuery(LocalDate from, LocalDate to, LocalDate baseFrom, LocalDate baseTo, LocalDate normFrom,
		LocalDate normTo, String unit, long speedToLeadSeconds, int idleDays, int hotScore, int warmScore,
		boolean scopeAll, long[] scopeUsers) {

	public CohortQuery {
		if (!"week".equals(unit) && !"month".equals(unit)) {
			throw new IllegalArgumentException("unit must be week or month, not " + unit);
		}
	}

}
