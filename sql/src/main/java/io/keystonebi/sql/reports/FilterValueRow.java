package io.keystonebi.sql.reports;

/**
 * One value a report block can be filtered by, with what a person reads for it.
 *
 * @param value what a definition stores: an id for agents, teams, offices, stages and property types, the text
 * itself for sources and zipcodes
 * @param label what a person reads, e.g. an agent's name
 */
public record FilterValueRow(String value, String label) {
}
