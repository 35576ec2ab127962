package io.keystonebi.sql.schedules;

/**
 * A saved report definition someone may schedule.
 *
 * @param id the definition id
 * @param title its title
 * @param ownerName the display name of the account that saved it
 */
public record DefinitionChoiceRow(long id, String title, String ownerName) {
}
