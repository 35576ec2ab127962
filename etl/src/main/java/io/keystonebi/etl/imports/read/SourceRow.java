package io.keystonebi.etl.imports.read;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

	/** @return the row as one CSV line, as kept in quarantine */
	public String raw() {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
			printer.printRecord((Object[]) this.cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
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
