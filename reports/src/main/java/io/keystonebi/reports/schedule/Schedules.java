package io.keystonebi.reports.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.sql.schedules.DeliveriesSql;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.ScheduleRow;
import io.keystonebi.sql.schedules.ScheduleSummaryRow;
import io.keystonebi.sql.schedules.ScheduleValues;
import io.keystonebi.sql.schedules.SchedulesSql;

/**
 * Creates, changes, pauses, resumes and deletes report schedules with their recipients. Every request is checked
 * whole before anything is written; a bad value raises an {@link InvalidReportParameterException} naming it.
 * Changing a schedule keeps the recipients it still names (with their unsubscribes and unsubscribe links).
 */
public class Schedules {

	private final Jdbi jdbi;

	private final Clock clock;

	private static final int LAST_DELIVERIES = 20;

	private final ScheduleValidation validation;

	public Schedules(Jdbi jdbi, Clock clock, ReportsProperties properties) {
		this.jdbi = jdbi;
		this.clock = clock;
		this.validation = new ScheduleValidation(properties.delivery());
	}

	/**
	 * @param request the schedule
	 * @return the new schedule's id
	 */
	public long create(ScheduleRequest request) {
		return this.jdbi.inTransaction((handle) -> {
			SchedulesSql sql = handle.attach(SchedulesSql.class);
			long id = sql.insert(values(request, sql, false));
			recipients(id, request.recipients(), sql);
			return id;
		});
	}

	/**
	 * Replaces a schedule's settings and recipients; it stays paused or running as it was.
	 * @param id the schedule
	 * @param request its new settings
	 */
	public void update(long id, ScheduleRequest request) {
		this.jdbi.useTransaction((handle) -> {
			SchedulesSql sql = handle.attach(SchedulesSql.class);
			ScheduleRow existing = sql.byId(id).orElseThrow(() -> new ScheduleNotFoundException(id));
			sql.update(id, values(request, sql, existing.paused()));
			recipients(id, request.recipients(), sql);
		});
	}

	/** Stops a schedule from running until it is resumed. */
	public void pause(long id) {
		setPaused(id, true);
	}

	/** Lets a paused schedule run again from its next time after now; runs missed while paused are not sent. */
	public void resume(long id) {
		setPaused(id, false);
	}

	/** Deletes a schedule, its recipients and its delivery log. */
	public void delete(long id) {
		if (!this.jdbi.withExtension(SchedulesSql.class, (sql) -> sql.delete(id))) {
			throw new ScheduleNotFoundException(id);
		}
	}

	/**
	 * @param id a schedule
	 * @return when it runs next, or null when it never will
	 */
	public Instant nextRun(long id) {
		return this.jdbi.withExtension(SchedulesSql.class, (sql) -> sql.byId(id))
			.orElseThrow(() -> new ScheduleNotFoundException(id))
			.nextRunAt();
	}

	/**
	 * @param ownerAccountId only this account's schedules, or null for everyone's
	 * @return the schedules, by name
	 */
	public List<ScheduleSummaryRow> list(Long ownerAccountId) {
		return this.jdbi.withExtension(SchedulesSql.class, (sql) -> sql.summaries(ownerAccountId, null));
	}

	/**
	 * @param id a schedule
	 * @return it with its recipients and its last deliveries
	 * @throws ScheduleNotFoundException when there is none with that id
	 */
	public ScheduleView get(long id) {
		return this.jdbi.inTransaction((handle) -> {
			SchedulesSql sql = handle.attach(SchedulesSql.class);
			ScheduleSummaryRow row = sql.summaries(null, id).stream().findFirst()
				.orElseThrow(() -> new ScheduleNotFoundException(id));
			return new ScheduleView(row, sql.recipients(id),
					handle.attach(DeliveriesSql.class).page(id, null, null, LAST_DELIVERIES, 0));
		});
	}

	private void setPaused(long id, boolean paused) {
		this.jdbi.useTransaction((handle) -> {
			SchedulesSql sql = handle.attach(SchedulesSql.class);
			ScheduleRow row = sql.byId(id).orElseThrow(() -> new ScheduleNotFoundException(id));
			Instant next = ScheduleRows.recurrence(row).nextAfter(this.clock.instant()).orElse(null);
			sql.update(id, new ScheduleValues(row.definitionId(), row.ownerAccountId(), row.name(), row.recurrence(),
					row.dayOfWeek(), row.dayOfMonth(), row.localTime(), row.timeZone(), row.startDate(),
					row.endDate(), paused, row.skipIfEmpty(), row.sendOnlyOnChange(), row.formats(), next));
		});
	}

	private ScheduleValues values(ScheduleRequest request, SchedulesSql sql, boolean paused) {
		String name = this.validation.name(request.name());
		Recurrence recurrence = this.validation.recurrence(request);
		String[] formats = this.validation.formats(request.formats());
		if (!sql.definitionExists(request.definitionId())) {
			throw new InvalidReportParameterException("definition_id", String.valueOf(request.definitionId()),
					"no such report definition");
		}
		if (sql.account(request.ownerAccountId()).isEmpty()) {
			throw new InvalidReportParameterException("owner_account_id", String.valueOf(request.ownerAccountId()),
					"no such account");
		}
		this.validation.recipients(request.recipients(), sql);
		return new ScheduleValues(request.definitionId(), request.ownerAccountId(), name,
				recurrence.kind().code(), request.dayOfWeek(), request.dayOfMonth(), recurrence.time(),
				recurrence.zone().getId(), recurrence.startDate(), recurrence.endDate(), paused,
				request.skipIfEmpty(), request.sendOnlyOnChange(), formats,
				recurrence.nextAfter(this.clock.instant()).orElse(null));
	}

	// Old rows go first: an outside address whose scope changed is a new recipient under the same unique key.
	private static void recipients(long scheduleId, List<RecipientRequest> requested, SchedulesSql sql) {
		List<RecipientRow> existing = sql.recipients(scheduleId);
		List<Long> keep = new ArrayList<>();
		List<RecipientRequest> added = new ArrayList<>();
		for (RecipientRequest recipient : requested) {
			existing.stream().filter((row) -> same(row, recipient)).findFirst().ifPresentOrElse(
					(row) -> keep.add(row.id()), () -> added.add(recipient));
		}
		sql.deleteRecipientsExcept(scheduleId, keep.stream().mapToLong(Long::longValue).toArray());
		added.forEach((recipient) -> insert(scheduleId, recipient, sql));
	}

	private static void insert(long scheduleId, RecipientRequest recipient, SchedulesSql sql) {
		String kind = recipient.kind().strip().toLowerCase(Locale.ROOT);
		switch (kind) {
			case "account" -> sql.insertRecipient(scheduleId, kind, recipient.accountId(), null, null, null, null);
			case "team" -> sql.insertRecipient(scheduleId, kind, null, recipient.teamId(), null, null, null);
			default -> {
				String scope = recipient.scope().strip().toLowerCase(Locale.ROOT);
				sql.insertRecipient(scheduleId, kind, null, null, recipient.email().strip(), scope,
						"brokerage".equals(scope) ? null : recipient.scopeId());
			}
		}
	}

	private static boolean same(RecipientRow row, RecipientRequest recipient) {
		String kind = recipient.kind().strip().toLowerCase(Locale.ROOT);
		if (!row.kind().equals(kind)) {
			return false;
		}
		return switch (kind) {
			case "account" -> Objects.equals(row.accountId(), recipient.accountId());
			case "team" -> Objects.equals(row.teamId(), recipient.teamId());
			default -> row.email().equalsIgnoreCase(recipient.email().strip())
					&& row.externalScope().equalsIgnoreCase(recipient.scope().strip())
					&& Objects.equals(row.externalScopeId(),
							"brokerage".equalsIgnoreCase(recipient.scope().strip()) ? null : recipient.scopeId());
		};
	}

}
