package io.keystonebi.reports.kpi;

/**
 * The summary's cards beyond revenue, leads, conversion and pipeline value: GCI, average deal size, win rate,
 * speed to lead and appointments, for the period and the one it is compared with.
 *
 * @param current the period's figures
 * @param base the compared period's figures, or null when comparing with targets
 * @param changes the changes against the compared period
 * @param commission the period's GCI split and the configuration behind it
 * @param messagesSynced whether any message was ever synced: without, speed to lead cannot be known at all
 * @param appointmentsSynced whether any appointment was ever synced: without, appointment counts mean nothing
 */
public record MoreKpis(SalesActivity current, SalesActivity base, SalesActivityChanges changes, GciSplit commission,
		boolean messagesSynced, boolean appointmentsSynced) {
}
