package io.keystonebi.reports.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A schedule as an admin asks for it, checked by {@link Schedules} before anything is saved. Codes and times are
 * text so that a bad one is refused with a message naming it.
 *
 * @param definitionId the saved report definition to send
 * @param ownerAccountId the account that owns the schedule
 * @param name what it is called; also the e-mail's subject
 * @param recurrence {@code daily}, {@code weekdays}, {@code weekly}, {@code monthly} or {@code last_day_of_month}
 * @param dayOfWeek for weekly: 1 (Monday) to 7 (Sunday)
 * @param dayOfMonth for monthly: 1 to 28
 * @param localTime the time of day, {@code HH:mm}, in the schedule's zone
 * @param timeZone an IANA zone, e.g. {@code America/New_York}
 * @param startDate the first day it may run
 * @param endDate the last day it may run, or null for no end
 * @param skipIfEmpty send nothing when the report has no data for the period
 * @param sendOnlyOnChange send nothing when the figures equal those last sent to the recipient
 * @param formats the attachments: {@code pdf}, {@code xlsx}, {@code csv}; empty means pdf
 * @param recipients who receives it, at least one
 */
public record ScheduleRequest(long definitionId, long ownerAccountId, String name, String recurrence,
		Integer dayOfWeek, Integer dayOfMonth, String localTime, String timeZone, LocalDate startDate,
		LocalDate endDate, boolean skipIfEmpty, boolean sendOnlyOnChange, List<String> formats,
		List<RecipientRequest> recipients) {

	public ScheduleRequest {
		formats = (formats != null) ? List.copyOf(formats) : List.of();
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
	}

	/**
	 * One recipient of a schedule.
	 *
	 * @param kind {@code account}, {@code team} or {@code email}
	 * @param accountId the account, for kind account: they get their own data scope
	 * @param teamId the team, for kind team: each of its accounts gets their own scope
	 * @param email the outside address, for kind email
	 * @param scope for kind email, the data they get: {@code brokerage}, {@code team} or {@code agent}; always
	 * without commission or personal columns
	 * @param scopeId the team or warehouse user of that scope; null for the brokerage
	 */
	public record RecipientRequest(String kind, Long accountId, Long teamId, String email, String scope,
			Long scopeId) {

		/** @return an account recipient */
		public static RecipientRequest account(long accountId) {
			return new RecipientRequest("account", accountId, null, null, null, null);
		}

		/** @return a team recipient */
		public static RecipientRequest team(long teamId) {
			return new RecipientRequest("team", null, teamId, null, null, null);
		}

		/** @return an outside recipient who sees the given scope */
		public static RecipientRequest email(String email, String scope, Long scopeId) {
			return new RecipientRequest("email", null, null, email, scope, scopeId);
		}

	}

}
