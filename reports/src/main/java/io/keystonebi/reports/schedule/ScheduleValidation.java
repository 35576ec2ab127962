package io.keystonebi.reports.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.render.ReportFormat;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.sql.schedules.SchedulesSql;

/** Checks a schedule request against the rules and the database, naming the first offending value. */
final class ScheduleValidation {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final ReportsProperties.Delivery delivery;

	ScheduleValidation(ReportsProperties.Delivery delivery) {
		this.delivery = delivery;
	}

	Recurrence recurrence(ScheduleRequest request) {
		RecurrenceKind kind = RecurrenceKind.parse(request.recurrence(), "recurrence");
		DayOfWeek dayOfWeek = null;
		if (kind == RecurrenceKind.WEEKLY) {
			Integer day = request.dayOfWeek();
			if (day == null || day < 1 || day > 7) {
				throw new InvalidReportParameterException("day_of_week", String.valueOf(day),
						"a weekly schedule needs a day from 1 (Monday) to 7 (Sunday)");
			}
			dayOfWeek = DayOfWeek.of(day);
		}
		Integer dayOfMonth = null;
		if (kind == RecurrenceKind.MONTHLY) {
			dayOfMonth = request.dayOfMonth();
			if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 28) {
				throw new InvalidReportParameterException("day_of_month", String.valueOf(dayOfMonth),
						"a monthly schedule needs a day from 1 to 28; use last_day_of_month for the month's end");
			}
		}
		if (request.startDate() == null) {
			throw new InvalidReportParameterException("start_date", "null", "is required");
		}
		if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
			throw new InvalidReportParameterException("end_date", request.endDate().toString(),
					"must not be before the start date " + request.startDate());
		}
		return new Recurrence(kind, dayOfWeek, dayOfMonth, time(request.localTime()), zone(request.timeZone()),
				request.startDate(), request.endDate());
	}

	String name(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new InvalidReportParameterException("name", String.valueOf(name), "must be 1 to 200 characters");
		}
		return name.strip();
	}

	String[] formats(List<String> codes) {
		if (codes.isEmpty()) {
			return new String[] { ReportFormat.PDF.code() };
		}
		Set<String> formats = new LinkedHashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			formats.add(ReportFormat.parse(codes.get(i), "formats[" + i + "]").code());
		}
		return formats.toArray(String[]::new);
	}

	void recipients(List<RecipientRequest> recipients, SchedulesSql sql) {
		if (recipients.isEmpty()) {
			throw new InvalidReportParameterException("recipients", "[]", "a schedule needs at least one recipient");
		}
		for (int i = 0; i < recipients.size(); i++) {
			recipient(recipients.get(i), "recipients[" + i + "]", sql);
		}
	}

	private void recipient(RecipientRequest recipient, String path, SchedulesSql sql) {
		String kind = String.valueOf(recipient.kind()).strip().toLowerCase(Locale.ROOT);
		switch (kind) {
			case "account" -> {
				if (recipient.accountId() == null || sql.account(recipient.accountId()).isEmpty()) {
					throw new InvalidReportParameterException(path + ".account_id",
							String.valueOf(recipient.accountId()), "no such account");
				}
			}
			case "team" -> team(recipient.teamId(), path + ".team_id", sql);
			case "email" -> email(recipient, path, sql);
			default -> throw new InvalidReportParameterException(path + ".kind", String.valueOf(recipient.kind()),
					"expected one of account, team, email");
		}
	}

	private void email(RecipientRequest recipient, String path, SchedulesSql sql) {
		String email = recipient.email();
		if (email == null || !EMAIL.matcher(email.strip()).matches()) {
			throw new InvalidReportParameterException(path + ".email", String.valueOf(email),
					"expected an e-mail address");
		}
		if (!this.delivery.allows(email.strip())) {
			throw new InvalidReportParameterException(path + ".email", email.strip(),
					"outside addresses must be in one of the allowed domains " + this.delivery.allowedDomains()
							+ " (bi.reports.delivery.allowed-domains)");
		}
		String scope = String.valueOf(recipient.scope()).strip().toLowerCase(Locale.ROOT);
		switch (scope) {
			case "brokerage" -> {
			}
			case "team" -> team(recipient.scopeId(), path + ".scope_id", sql);
			case "agent" -> {
				if (recipient.scopeId() == null || sql.userName(recipient.scopeId()).isEmpty()) {
					throw new InvalidReportParameterException(path + ".scope_id", String.valueOf(recipient.scopeId()),
							"no such agent");
				}
			}
			default -> throw new InvalidReportParameterException(path + ".scope", String.valueOf(recipient.scope()),
					"expected one of brokerage, team, agent");
		}
	}

	private static void team(Long teamId, String path, SchedulesSql sql) {
		if (teamId == null || sql.teamName(teamId).isEmpty()) {
			throw new InvalidReportParameterException(path, String.valueOf(teamId), "no such team");
		}
	}

	private static LocalTime time(String text) {
		try {
			return LocalTime.parse(String.valueOf(text).strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportParameterException("local_time", String.valueOf(text), "expected a time as HH:mm");
		}
	}

	private static ZoneId zone(String text) {
		try {
			return ZoneId.of(String.valueOf(text).strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidReportParameterException("time_zone", String.valueOf(text),
					"expected an IANA time zone such as America/New_York");
		}
	}

}
