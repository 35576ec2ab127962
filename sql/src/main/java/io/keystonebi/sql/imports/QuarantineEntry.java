package io.keystonebi.sql.imports;

/**
 * A row on its way to quarantine.
 *
 * @param lineNumber its line in the file
 * @param reason what is wrong, naming the column and the bad value
 * @param rawRow the row as CSV text
 */
public record QuarantineEntry(long lineNumber, String reason, String rawRow) {
}
