package io.keystonebi.sql.imports;

/**
 * A staged row the merge refused because a reference did not resolve (e.g. an agent the warehouse does not
 * know); the row leaves the staging table and goes to quarantine.
 *
 * @param lineNumber the row's line in the file
 * @param field the field holding the reference
 * @param value the value that did not resolve
 * @param problem what is wrong, e.g. {@code unknown agent}
 */
public record Rejection(long lineNumber, String field, String value, String problem) {
}
