package io.keystonebi.sql.imports;

/**
 * A row an import refused.
 *
 * @param fileName the file it came from
 * @param lineNumber its line in the file (the header is line 1)
 * @param reason what is wrong, naming the column and the bad value
 * @param rawRow the row's cells as CSV text
 */
public record QuarantinedRow(String fileName, long lineNumber, String reason, String rawRow) {
}
