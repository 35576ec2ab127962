package io.keystonebi.api.schedules;

import java.util.List;

import io.keystonebi.reports.schedule.ScheduleRequest;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;

/** Turns an API body into the schedule request the back end checks. */
final class ScheduleRequests {

	private ScheduleRequests() {
	}

	static ScheduleRequest of(ScheduleBody body, long definitionId, long ownerAccountId) {
		List<RecipientRequest> recipients = (body.recipients() == null) ? List.of() : body.recipients().stream()
			.map((recipient) -> new RecipientRequest(recipient.kind(), recipient.accountId(), recipient.teamId(),
					recipient.email(), recipient.scope(), recipient.scopeId()))
			.toList();
		return new ScheduleRequest(definitionId, ownerAccountId, body.name(), body.recurrence(), body.dayOfWeek(),
				body.dayOfMonth(), body.localTime(), body.timeZone(), body.startDate(), body.endDate(),
				Boolean.TRUE.equals(body.skipIfEmpty()), Boolean.TRUE.equals(body.sendOnlyOnChange()),
				body.formats(), recipients);
	}

}
