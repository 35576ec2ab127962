package io.keystonebi.api.schedules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.keystonebi.api.audit.Audit;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;
import io.keystonebi.reports.schedule.ScheduleChoices;
import io.keystonebi.reports.schedule.ScheduleNotFoundException;
import io.keystonebi.reports.schedule.ScheduleRequest;
import io.keystonebi.reports.schedule.ScheduleView;
import io.keystonebi.reports.schedule.Schedules;
import io.keystonebi.sql.schedules.ScheduleSummaryRow;

/**
 * What the schedule API and pages do: who may see and change which schedule, and the audit events. Administrators
 * see and change every schedule and send to anyone; other roles (viewers excepted, whom the API refuses before
 * this) see and change their own, sent to themselves only. A schedule that is not the caller's is answered as if
 * it did not exist.
 */
class ScheduleManagement {

	private final Schedules schedules;

	private final ReportResolver reports;

	private final Audit audit;

	ScheduleManagement(Schedules schedules, ScheduleChoices choices, Audit audit) {
		this.schedules = schedules;
		this.reports = new ReportResolver(choices);
		this.audit = audit;
	}

	List<ScheduleSummaryRow> list(Caller caller) {
		return this.schedules.list(admin(caller) ? null : caller.accountId());
	}

	ScheduleView get(Caller caller, long id) {
		ScheduleView view;
		try {
			view = this.schedules.get(id);
		}
		catch (ScheduleNotFoundException ex) {
			throw ScheduleMissingException.schedule(id);
		}
		if (!admin(caller) && view.schedule().ownerAccountId() != caller.accountId()) {
			throw ScheduleMissingException.schedule(id);
		}
		return view;
	}

	ScheduleView create(Caller caller, ScheduleBody body) {
		this.reports.checkRecipients(caller, body);
		ReportResolver.Resolved report = this.reports.resolve(caller, body, null);
		long id;
		try {
			id = this.schedules.create(ScheduleRequests.of(body, report.definitionId(), caller.accountId()));
		}
		catch (RuntimeException ex) {
			report.discardIfSaved();
			throw ex;
		}
		this.audit.record(caller, "schedule.create", "schedule:" + id, detail(body, report.definitionId()));
		return this.schedules.get(id);
	}

	ScheduleView update(Caller caller, long id, ScheduleBody body) {
		ScheduleView existing = get(caller, id);
		this.reports.checkRecipients(caller, body);
		ReportResolver.Resolved report = this.reports.resolve(caller, body, existing.schedule().definitionId());
		ScheduleRequest request = ScheduleRequests.of(body, report.definitionId(),
				existing.schedule().ownerAccountId());
		try {
			this.schedules.update(id, request);
		}
		catch (RuntimeException ex) {
			report.discardIfSaved();
			throw ex;
		}
		this.audit.record(caller, "schedule.update", "schedule:" + id, detail(body, report.definitionId()));
		return this.schedules.get(id);
	}

	ScheduleView pause(Caller caller, long id) {
		get(caller, id);
		this.schedules.pause(id);
		this.audit.record(caller, "schedule.pause", "schedule:" + id, Map.of());
		return this.schedules.get(id);
	}

	ScheduleView resume(Caller caller, long id) {
		get(caller, id);
		this.schedules.resume(id);
		this.audit.record(caller, "schedule.resume", "schedule:" + id, Map.of());
		return this.schedules.get(id);
	}

	void delete(Caller caller, long id) {
		ScheduleView existing = get(caller, id);
		this.schedules.delete(id);
		this.audit.record(caller, "schedule.delete", "schedule:" + id, Map.of("name", existing.schedule().name()));
	}

	static boolean admin(Caller caller) {
		return caller.role() == Role.ADMIN;
	}

	// Addresses are personal data: the log keeps how many recipients of each kind, not who.
	private static Map<String, Object> detail(ScheduleBody body, long definitionId) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("name", body.name());
		detail.put("definition_id", definitionId);
		detail.put("recurrence", body.recurrence());
		detail.put("recipients", (body.recipients() != null) ? body.recipients().size() : 0);
		return detail;
	}

}
