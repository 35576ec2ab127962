package io.keystonebi.sql.schedules;

/**
 * A team that may receive a schedule.
 *
 * @param id the team id
 * @param name its name
 */
public record TeamChoiceRow(long id, String name) {
}
