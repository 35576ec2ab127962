package io.keystonebi.reports.schedule;

import io.keystonebi.reports.ReportsException;

/** A schedule was asked for by an id that no schedule has. */
public final class ScheduleNotFoundException extends ReportsException {

	public ScheduleNotFoundException(long id) {
		super("No report schedule has the id " + id);
	}

}
