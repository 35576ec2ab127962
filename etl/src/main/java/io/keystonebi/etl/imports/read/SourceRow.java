package io.keystonebi.etl.imports.read;

import java.util.Arrays;

/**
 * One data row of a file: its line (the header is line 1) and its cells in header order.
 *
 * @param lineNumber the line number a person sees in the file (CSV line or spreadsheet row)
 * @param header the file's header, shared by all its rows
 * @param cells the cell texts; fewer than the header has when the row was short
 */
public record SourceRow(long lineNumber, SourceHeader header, String[] cells) {

	/** @return the cell of the column at {@code index}, or null when the row is shorter */
	public String cell(int index) {
		return (index < this.cells.length) ? this.cells[index] : null;
	}

	/** @return the row as one CSV line (RFC 4180 quoting where needed), as kept in quarantine */
	public String raw() {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < this.cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			String cell = (this.cells[i] != null) ? this.cells[i] : "";
			boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0;
			line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		return line.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceRow row && row.lineNumber == this.lineNumber && Arrays.equals(row.cells, this.cells);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.lineNumber) * 31 + Arrays.hashCode(this.cells);
	}

	@Override
	public String toString() {
		return "line " + this.lineNumber + ": " + raw();
	}

}
