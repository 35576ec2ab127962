package io.keystonebi.etl.imports.read;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import io.keystonebi.etl.imports.ImportFileUnreadableException;

/** Reads a UTF-8 CSV file (RFC 4180 quoting, optional byte-order mark) whose first record is the header. */
final class CsvRowReader extends SourceRowReader {

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	CsvRowReader(SourceFile file, List<String> mappedColumns, String mappingName) {
		super(file, mappedColumns, mappingName);
	}

	@Override
	protected void doOpen() throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file().open()).get(),
				StandardCharsets.UTF_8);
		this.parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get();
		this.records = this.parser.iterator();
		if (!this.records.hasNext()) {
			throw new ImportFileUnreadableException("File " + file().displayName() + " is empty: it has no header");
		}
		accept(this.records.next().toList());
	}

	@Override
	protected SourceRow doRead() {
		long line = this.parser.getCurrentLineNumber() + 1;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			return new SourceRow(line, header(), record.values());
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileUnreadableException("File " + file().displayName() + " cannot be read after line "
					+ (line - 1) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	protected void doClose() throws IOException {
		if (this.parser != null) {
			this.parser.close();
			this.parser = null;
		}
	}

}
