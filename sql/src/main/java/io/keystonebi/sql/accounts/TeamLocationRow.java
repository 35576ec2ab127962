package io.keystonebi.sql.accounts;

/**
 * A location a team can belong to.
 *
 * @param id the location id
 * @param name its name
 */
public record TeamLocationRow(long id, String name) {
}
