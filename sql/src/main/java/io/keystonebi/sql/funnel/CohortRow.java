package io.keystonebi.sql.funnel;

import java.time.LocalDate;
import java.util.List;

/**
 * One count of a cohort's leads, for one grouping ({@code kind}) of one window. Funnel steps are 0 Lead,
 * 1 Contacted, 2 Qualified, 3 Proposal, 4 Closed (won by the window's end); each lead is counted once, at the
 * furthest step it reached. The columns a grouping does not group by are null.
 *
 * @param kind which grouping: {@code window} (all the window's leads, with the velocity medians), {@code step},
 * {@code source} (by source, step and outcome), {@code agent} (by agent and step), {@code bucket_source} (by week or
 * month and source), {@code bucket} (by week or month and step), {@code temperature} (by temperature; null for the
 * leads not open), {@code speed} (by whether first contacted in time, and step), {@code idle} (by whether an open deal
 * is idle, and step)
 * @param window {@code period}, {@code base} or {@code norm}
 * @param source lead source, {@code unknown} when blank
 * @param agentId the assigned agent's warehouse id; null when unassigned
 * @param agentName the agent's name
 * @param bucket first day of the ISO week or month the leads were created in (local)
 * @param step furthest funnel step reached, 0 to 4
 * @param outcome {@code won}, {@code lost} (deals, none open or won) or {@code open}
 * @param temperature {@code hot}, {@code warm} or {@code cold} for open leads, null otherwise
 * @param fast whether the leads were first contacted within the speed-to-lead time
 * @param idle whether the leads have an open deal with no activity or stage change for the idle days
 * @param leads how many leads
 * @param medianDays for steps 0 to 3, the median days from entering the step to the next step reached (null when
 * none moved on)
 * @param movedOn for steps 0 to 3, how many leads entered the step at a known time and moved on
 */
public record CohortRow(String kind, String window, String source, Long agentId, String agentName, LocalDate bucket,
		Integer step, String outcome, String temperature, Boolean fast, Boolean idle, long leads,
		List<Double> medianDays, List<Long> movedOn) {
}
