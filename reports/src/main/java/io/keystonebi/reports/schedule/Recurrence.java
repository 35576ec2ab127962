package io.keystonebi.reports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a schedule runs: a kind of day at a local time in the schedule's own zone, between a first and an optional
 * last day. Daylight saving is the zone's: a time that does not exist on a spring-forward day is moved forward by
 * the gap (02:30 becomes 03:30), and a time that occurs twice on a fall-back day runs once, at its first
 * occurrence.
 *
 * @param kind how often
 * @param dayOfWeek the day of a {@link RecurrenceKind#WEEKLY} schedule, otherwise null
 * @param dayOfMonth the day (1-28) of a {@link RecurrenceKind#MONTHLY} schedule, otherwise null
 * @param time the local time of day
 * @param zone the schedule's zone
 * @param startDate the first day it may run
 * @param endDate the last day it may run (included), or null for no end
 */
public record Recurrence(RecurrenceKind kind, DayOfWeek dayOfWeek, Integer dayOfMonth, LocalTime time, ZoneId zone,
		LocalDate startDate, LocalDate endDate) {

	public Recurrence {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(startDate, "startDate");
		if (kind == RecurrenceKind.WEEKLY && dayOfWeek == null) {
			throw new IllegalArgumentException("A weekly recurrence needs a day of the week");
		}
		if (kind == RecurrenceKind.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 28)) {
			throw new IllegalArgumentException("A monthly recurrence needs a day of the month from 1 to 28, not "
					+ dayOfMonth);
		}
	}

	/**
	 * @param after an instant
	 * @return the first run strictly after it, or empty when the end date comes first
	 */
	public Optional<Instant> nextAfter(Instant after) {
		LocalDate day = after.atZone(this.zone).toLocalDate().minusDays(1);
		if (day.isBefore(this.startDate)) {
			day = this.startDate;
		}
		// A matching day comes within a month and a day of any day; the bound only guards against a bug looping.
		for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
			if (this.endDate != null && day.isAfter(this.endDate)) {
				return Optional.empty();
			}
			if (runsOn(day)) {
				Instant run = ZonedDateTime.of(day, this.time, this.zone).toInstant();
				if (run.isAfter(after)) {
					return Optional.of(run);
				}
			}
		}
		throw new IllegalStateException("No run found within 400 days of " + after + " for " + this);
	}

	/**
	 * The run a planner acts on when it finds the schedule due: of all runs from {@code due} up to {@code now},
	 * only the latest, so a schedule missed while no node ran is sent once, not once per missed run.
	 * @param due the run the schedule was waiting for
	 * @param now the planner's time, not before {@code due}
	 * @return the latest run at or before {@code now}
	 */
	public Instant latestRun(Instant due, Instant now) {
		Instant latest = due;
		for (Optional<Instant> next = nextAfter(latest); next.isPresent() && !next.get().isAfter(now);
				next = nextAfter(latest)) {
			latest = next.get();
		}
		return latest;
	}

	/**
	 * @param run a run's instant
	 * @return the local day it reports from, in the schedule's zone
	 */
	public LocalDate runDay(Instant run) {
		return run.atZone(this.zone).toLocalDate();
	}

	private boolean runsOn(LocalDate day) {
		return switch (this.kind) {
			case DAILY -> true;
			case WEEKDAYS -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
			case WEEKLY -> day.getDayOfWeek() == this.dayOfWeek;
			case MONTHLY -> day.getDayOfMonth() == this.dayOfMonth;
			case LAST_DAY_OF_MONTH -> day.getDayOfMonth() == day.lengthOfMonth();
		};
	}

}
