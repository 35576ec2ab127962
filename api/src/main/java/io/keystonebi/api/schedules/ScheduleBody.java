package io.keystonebi.api.schedules;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/reports/schedule} and {@code PUT /api/v1/reports/schedules/{id}}. The report is
 * exactly one of {@code definition_id} (a saved definition the caller may see), {@code template} (a built-in
 * template's code) or {@code definition} (a whole definition); the last two are saved as a new definition owned
 * by the caller.
 *
 * @param definitionId a saved report definition
 * @param template a built-in template's code, e.g. {@code weekly_performance}
 * @param definition a whole report definition as JSON
 * @param name what the schedule is called; also the e-mail's subject
 * @param recurrence daily, weekdays, weekly, monthly or last_day_of_month
 * @param dayOfWeek for weekly: 1 (Monday) to 7 (Sunday)
 * @param dayOfMonth for monthly: 1 to 28
 * @param localTime the time of day, HH:mm
 * @param timeZone an IANA zone
 * @param startDate the first day it may run
 * @param endDate the last day it may run, or null
 * @param skipIfEmpty send nothing when the report has no data
 * @param sendOnlyOnChange send nothing when the figures equal those last sent
 * @param formats pdf, xlsx, csv; empty means pdf
 * @param recipients who receives it
 */
record ScheduleBody(Long definitionId, String template, JsonNode definition, String name, String recurrence,
		Integer dayOfWeek, Integer dayOfMonth, String localTime, String timeZone, LocalDate startDate,
		LocalDate endDate, Boolean skipIfEmpty, Boolean sendOnlyOnChange, List<String> formats,
		List<RecipientBody> recipients) {

	/**
	 * One recipient.
	 *
	 * @param kind account, team or email
	 * @param accountId the account, for kind account
	 * @param teamId the team, for kind team
	 * @param email the outside address, for kind email
	 * @param scope for kind email: brokerage, team or agent
	 * @param scopeId the team or warehouse user of that scope; null for the brokerage
	 */
	record RecipientBody(String kind, Long accountId, Long teamId, String email, String scope, Long scopeId) {
	}

}
