package io.keystonebi.reports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	@Test
	void dailyRunsTheNextDayOnceTodaysTimeHasPassed() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "07:00", null);
		// 07:00 in New York in January is 12:00Z.
		assertThat(daily.nextAfter(Instant.parse("2026-01-14T11:59:00Z"))).contains(Instant.parse("2026-01-14T12:00:00Z"));
		assertThat(daily.nextAfter(Instant.parse("2026-01-14T12:00:00Z"))).contains(Instant.parse("2026-01-15T12:00:00Z"));
	}

	@Test
	void weekdaysSkipTheWeekend() {
		Recurrence weekdays = recurrence(RecurrenceKind.WEEKDAYS, null, null, "07:00", null);
		// Friday 16 January 2026 after 07:00: the next weekday is Monday the 19th.
		assertThat(weekdays.nextAfter(Instant.parse("2026-01-16T13:00:00Z")))
			.contains(Instant.parse("2026-01-19T12:00:00Z"));
	}

	@Test
	void weeklyRunsOnItsDayOfTheWeek() {
		Recurrence mondays = recurrence(RecurrenceKind.WEEKLY, DayOfWeek.MONDAY, null, "08:30", null);
		// Wednesday 14 January 2026: the next Monday is the 19th, 08:30 EST = 13:30Z.
		assertThat(mondays.nextAfter(Instant.parse("2026-01-14T00:00:00Z")))
			.contains(Instant.parse("2026-01-19T13:30:00Z"));
	}

	@Test
	void monthlyRunsOnItsDayOfTheMonth() {
		Recurrence fifth = recurrence(RecurrenceKind.MONTHLY, null, 5, "09:00", null);
		assertThat(fifth.nextAfter(Instant.parse("2026-01-05T14:00:00Z"))).contains(Instant.parse("2026-02-05T14:00:00Z"));
	}

	@Test
	void lastDayOfMonthIsTheTwentyNinthOfFebruaryInALeapYear() {
		Recurrence last = recurrence(RecurrenceKind.LAST_DAY_OF_MONTH, null, null, "18:00", null);
		// 18:00 EST on 29 February 2028 is 23:00Z.
		assertThat(last.nextAfter(Instant.parse("2028-02-01T00:00:00Z"))).contains(Instant.parse("2028-02-29T23:00:00Z"));
		assertThat(last.nextAfter(Instant.parse("2027-02-01T00:00:00Z"))).contains(Instant.parse("2027-02-28T23:00:00Z"));
	}

	@Test
	void aTimeSkippedBySpringForwardIsMovedForwardByTheGap() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "02:30", null);
		// 8 March 2026: clocks go from 02:00 EST to 03:00 EDT; 02:30 does not exist and becomes 03:30 EDT = 07:30Z.
		assertThat(daily.nextAfter(Instant.parse("2026-03-07T12:00:00Z"))).contains(Instant.parse("2026-03-08T07:30:00Z"));
		// The day after, 02:30 EDT = 06:30Z.
		assertThat(daily.nextAfter(Instant.parse("2026-03-08T07:30:00Z"))).contains(Instant.parse("2026-03-09T06:30:00Z"));
	}

	@Test
	void aTimeThatOccursTwiceAtFallBackRunsOnceAtItsFirstOccurrence() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "01:30", null);
		// 1 November 2026: 01:30 EDT (05:30Z) and again 01:30 EST (06:30Z); only the first.
		Instant first = Instant.parse("2026-11-01T05:30:00Z");
		assertThat(daily.nextAfter(Instant.parse("2026-10-31T12:00:00Z"))).contains(first);
		// After the first, the next run is the next day at 01:30 EST = 06:30Z, not the repeat an hour later.
		assertThat(daily.nextAfter(first)).contains(Instant.parse("2026-11-02T06:30:00Z"));
	}

	@Test
	void noRunBeforeTheStartDate() {
		Recurrence daily = new Recurrence(RecurrenceKind.DAILY, null, null, LocalTime.of(7, 0), NEW_YORK,
				LocalDate.of(2026, 6, 1), null);
		assertThat(daily.nextAfter(Instant.parse("2026-01-01T00:00:00Z"))).contains(Instant.parse("2026-06-01T11:00:00Z"));
	}

	@Test
	void noRunAfterTheEndDate() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "07:00", LocalDate.of(2026, 1, 15));
		assertThat(daily.nextAfter(Instant.parse("2026-01-14T13:00:00Z"))).contains(Instant.parse("2026-01-15T12:00:00Z"));
		assertThat(daily.nextAfter(Instant.parse("2026-01-15T12:00:00Z"))).isEmpty();
	}

	@Test
	void aScheduleMissedForDaysRunsOnceForItsLatestMissedTime() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "07:00", null);
		Instant latest = daily.latestRun(Instant.parse("2026-01-10T12:00:00Z"), Instant.parse("2026-01-14T15:00:00Z"));
		assertThat(latest).isEqualTo(Instant.parse("2026-01-14T12:00:00Z"));
		assertThat(daily.runDay(latest)).isEqualTo(LocalDate.of(2026, 1, 14));
	}

	@Test
	void theRunDayIsTheLocalDateInTheSchedulesZone() {
		Recurrence daily = recurrence(RecurrenceKind.DAILY, null, null, "23:30", null);
		// 23:30 EST on 14 January is 04:30Z on the 15th.
		assertThat(daily.runDay(Instant.parse("2026-01-15T04:30:00Z"))).isEqualTo(LocalDate.of(2026, 1, 14));
	}

	private static Recurrence recurrence(RecurrenceKind kind, DayOfWeek dayOfWeek, Integer dayOfMonth, String time,
			LocalDate end) {
		return new Recurrence(kind, dayOfWeek, dayOfMonth, LocalTime.parse(time), NEW_YORK, START, end);
	}

}
