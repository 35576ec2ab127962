package io.keystonebi.etl.imports.read;

import java.util.List;

import io.keystonebi.etl.imports.ColumnMissingException;

/**
 * The column names of a file, and the check that a mapping's columns are all there.
 *
 * @param fileName the file's name, for messages
 * @param columns the header cells, stripped, in order
 */
public record SourceHeader(String fileName, List<String> columns) {

	/** @return the position of the named column, or -1 */
	public int indexOf(String column) {
		return this.columns.indexOf(column);
	}

	/**
	 * @param mappingName the mapping, for the message
	 * @param mapped the columns the mapping reads
	 * @throws ColumnMissingException naming the first mapped column the file lacks
	 */
	public void requireAll(String mappingName, List<String> mapped) {
		for (String column : mapped) {
			if (indexOf(column) < 0) {
				throw new ColumnMissingException("Column '" + column + "' of mapping " + mappingName
						+ " is not in file " + this.fileName + " (its columns: " + String.join(", ", this.columns) + ")");
			}
		}
	}

}
