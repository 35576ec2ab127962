package io.keystonebi.api.schedules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.keystonebi.api.schedules.ScheduleBody.RecipientBody;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.schedule.ScheduleView;
import io.keystonebi.sql.schedules.RecipientRow;
import io.keystonebi.sql.schedules.ScheduleSummaryRow;

/**
 * The schedule form of the admin pages, as posted. Dates are text so that a bad one is shown beside its field; the
 * outside addresses are one per line, all with the same scope.
 *
 * @param report {@code template:<code>} or {@code definition:<id>}
 * @param name the schedule's name
 * @param recurrence daily, weekdays, weekly, monthly or last_day_of_month
 * @param dayOfWeek for weekly
 * @param dayOfMonth for monthly
 * @param localTime HH:mm
 * @param timeZone an IANA zone
 * @param startDate YYYY-MM-DD
 * @param endDate YYYY-MM-DD or empty
 * @param skipIfEmpty the checkbox
 * @param sendOnlyOnChange the checkbox
 * @param formats the ticked formats
 * @param accountIds the accounts chosen
 * @param teamIds the teams chosen
 * @param emails outside addresses, one per line
 * @param emailScope brokerage, team or agent
 * @param emailScopeId the team or agent of that scope
 */
record ScheduleForm(String report, String name, String recurrence, Integer dayOfWeek, Integer dayOfMonth,
		String localTime, String timeZone, String startDate, String endDate, Boolean skipIfEmpty,
		Boolean sendOnlyOnChange, List<String> formats, List<Long> accountIds, List<Long> teamIds, String emails,
		String emailScope, Long emailScopeId) {

	static ScheduleForm blank(LocalDate today) {
		return new ScheduleForm("template:weekly_performance", "", "weekdays", 1, 1, "07:00", "America/New_York",
				today.toString(), "", false, false, List.of("pdf"), List.of(), List.of(), "", "brokerage", null);
	}

	static ScheduleForm of(ScheduleView view) {
		ScheduleSummaryRow row = view.schedule();
		List<RecipientRow> recipients = view.recipients();
		List<RecipientRow> outside = recipients.stream().filter((r) -> "email".equals(r.kind())).toList();
		return new ScheduleForm("definition:" + row.definitionId(), row.name(), row.recurrence(), row.dayOfWeek(),
				row.dayOfMonth(), RecurrenceText.time(row.localTime()), row.timeZone(), row.startDate().toString(),
				(row.endDate() != null) ? row.endDate().toString() : "", row.skipIfEmpty(), row.sendOnlyOnChange(),
				Arrays.asList(row.formats()),
				recipients.stream().filter((r) -> "account".equals(r.kind())).map(RecipientRow::accountId).toList(),
				recipients.stream().filter((r) -> "team".equals(r.kind())).map(RecipientRow::teamId).toList(),
				String.join("\n", outside.stream().map(RecipientRow::email).toList()),
				outside.isEmpty() ? "brokerage" : outside.get(0).externalScope(),
				outside.isEmpty() ? null : outside.get(0).externalScopeId());
	}

	/** @return the API body this form stands for; a report or date that does not read raises naming its field */
	ScheduleBody toBody() {
		String chosen = (this.report != null) ? this.report : "";
		Long definitionId = null;
		String template = null;
		if (chosen.startsWith("definition:")) {
			try {
				definitionId = Long.parseLong(chosen.substring("definition:".length()));
			}
			catch (NumberFormatException ex) {
				throw new InvalidReportParameterException("report", chosen, "choose a report from the list");
			}
		}
		else if (chosen.startsWith("template:")) {
			template = chosen.substring("template:".length());
		}
		else {
			throw new InvalidReportParameterException("report", chosen, "choose a report from the list");
		}
		return new ScheduleBody(definitionId, template, null, this.name, this.recurrence,
				"weekly".equals(this.recurrence) ? this.dayOfWeek : null,
				"monthly".equals(this.recurrence) ? this.dayOfMonth : null, this.localTime, this.timeZone,
				date("start_date", this.startDate), date("end_date", this.endDate),
				Boolean.TRUE.equals(this.skipIfEmpty), Boolean.TRUE.equals(this.sendOnlyOnChange),
				(this.formats != null) ? this.formats : List.of(), recipients());
	}

	private List<RecipientBody> recipients() {
		List<RecipientBody> recipients = new ArrayList<>();
		if (this.accountIds != null) {
			this.accountIds.forEach((id) -> recipients.add(new RecipientBody("account", id, null, null, null, null)));
		}
		if (this.teamIds != null) {
			this.teamIds.forEach((id) -> recipients.add(new RecipientBody("team", null, id, null, null, null)));
		}
		String scope = (this.emailScope != null) ? this.emailScope.toLowerCase(Locale.ROOT) : "brokerage";
		if (this.emails != null) {
			this.emails.lines().map(String::strip).filter((line) -> !line.isEmpty())
				.forEach((email) -> recipients.add(new RecipientBody("email", null, null, email, scope,
						"brokerage".equals(scope) ? null : this.emailScopeId)));
		}
		return recipients;
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportParameterException(field, text, "expected a date as YYYY-MM-DD");
		}
	}

}
