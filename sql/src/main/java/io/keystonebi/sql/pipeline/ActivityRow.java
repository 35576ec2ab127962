package io.keystonebi.sql.pipeline;

/**
 * Events of one kind in one hour of one weekday of a period, in the location's time zone.
 *
 * @param kind {@code activity} (messages, calls, appointments, notes, tasks), {@code stage} (stage entries) or
 * {@code created} (leads created)
 * @param weekday ISO day of the week, 1 Monday to 7 Sunday
 * @param hour 0 to 23
 * @param events how many
 * @param atMidnight how many of them fell exactly on a local midnight (dates without a time)
 */
public record ActivityRow(String kind, int weekday, int hour, long events, long atMidnight) {
}
