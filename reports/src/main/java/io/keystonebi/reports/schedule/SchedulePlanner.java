package io.keystonebi.reports.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.keystonebi.reports.ReportsException;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.sql.schedules.DeliveriesSql;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.ScheduleRow;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * Turns due schedules into deliveries: one row per (schedule, period, recipient), each account of a team
 * recipient its own. Any number of nodes may plan at once: each due schedule is locked by one planner (the others
 * skip it), its deliveries are inserted only if absent and its next run is set in the same transaction, so a run
 * is planned once. A schedule missed while no node was running is planned once, for its latest missed run.
 */
public class SchedulePlanner {

	private static final Logger logger = LoggerFactory.getLogger(SchedulePlanner.class);

	private final Jdbi jdbi;

	private final Clock clock;

	private final int batch;

	public SchedulePlanner(Jdbi jdbi, Clock clock, int batch) {
		this.jdbi = jdbi;
		this.clock = clock;
		this.batch = batch;
	}

	/** @return how many deliveries were added for the schedules due now */
	public int planDue() {
		return planDue(this.clock.instant());
	}

	/**
	 * @param now the planner's time
	 * @return how many deliveries were added for the schedules due at {@code now}
	 */
	public int planDue(Instant now) {
		return this.jdbi.inTransaction((handle) -> {
			SchedulesSql schedules = handle.attach(SchedulesSql.class);
			DeliveriesSql deliveries = handle.attach(DeliveriesSql.class);
			int planned = 0;
			for (ScheduleRow schedule : schedules.lockDue(now, this.batch)) {
				planned += plan(schedule, now, schedules, deliveries);
			}
			return planned;
		});
	}

	private int plan(ScheduleRow schedule, Instant now, SchedulesSql schedules, DeliveriesSql deliveries) {
		Recurrence recurrence = ScheduleRows.recurrence(schedule);
		LocalDate runDay = recurrence.runDay(recurrence.latestRun(schedule.nextRunAt(), now));
		ReportingPeriod period = period(schedule, runDay);
		int planned = 0;
		for (RecipientRow recipient : schedules.recipients(schedule.id())) {
			for (PlannedDelivery delivery : PlannedDelivery.expand(recipient, schedules)) {
				if (deliveries.plan(schedule.id(), delivery.recipientId(), period.from(), period.to(), runDay,
						delivery.recipientKey(), delivery.email(), delivery.status(), delivery.reason())) {
					planned++;
				}
			}
		}
		schedules.advance(schedule.id(), recurrence.nextAfter(now).orElse(null));
		logger.info("Planned {} e-mails of schedule {} for {} to {}", planned, schedule.id(), period.from(),
				period.lastDay());
		return planned;
	}

	// A definition that can no longer be read still gets its run logged: the sender fails each delivery with the
	// reason, which the admin sees, rather than the schedule silently never running.
	private static ReportingPeriod period(ScheduleRow schedule, LocalDate runDay) {
		try {
			ReportDefinition definition = DefinitionJson.read(schedule.definitionJson());
			return definition.range().resolve(runDay, definition.from(), definition.to());
		}
		catch (ReportsException ex) {
			logger.warn("Schedule {} has a definition that cannot be read: {}", schedule.id(), ex.getMessage());
			return ReportingPeriod.ofDays(runDay, runDay);
		}
	}

}
