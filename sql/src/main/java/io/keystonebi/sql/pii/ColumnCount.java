package io.keystonebi.sql.pii;

/**
 * How many values of one encrypted column a pass rewrote.
 *
 * @param column {@code table.column}
 * @param rewritten values encrypted (or re-encrypted) and written back
 * @param replaced values a writer replaced while the pass read them (already under the active key)
 */
public record ColumnCount(String column, long rewritten, long replaced) {
}
