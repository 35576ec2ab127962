package io.keystonebi.reports.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.scope.DataScope;

/**
 * What every panel is computed for.
 *
 * @param period the period asked for, {@code [from, to)} in local days
 * @param base the period compared with, or null when the comparison is with targets
 * @param today today in the reporting zone (relative ranges end on it; aging counts to it)
 * @param zone the reporting time zone
 * @param scope whose leads and deals count
 * @param dataAsOf the newest data every figure reflects, or null with no data
 */
public record PanelContext(ReportingPeriod period, ReportingPeriod base, LocalDate today, ZoneId zone,
		DataScope scope, Instant dataAsOf) {

	/** @return whether the caller sees the whole brokerage (the SQL's {@code :scopeAll}) */
	public boolean scopeAll() {
		return this.scope.whole();
	}

	/** @return the warehouse users whose records count otherwise (the SQL's {@code :scopeUsers}) */
	public long[] scopeUsers() {
		return this.scope.userIds();
	}

}
