package io.keystonebi.etl.imports.read;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a file's data rows. The read count is saved with every committed chunk, so a restarted import skips
 * the rows already loaded. Opening checks the header against the mapping before anything is read.
 */
public abstract sealed class SourceRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow>
		permits CsvRowReader, XlsxRowReader {

	private final SourceFile file;

	private final List<String> mappedColumns;

	private final String mappingName;

	private SourceHeader header;

	SourceRowReader(SourceFile file, List<String> mappedColumns, String mappingName) {
		this.file = file;
		this.mappedColumns = List.copyOf(mappedColumns);
		this.mappingName = mappingName;
		setName("sourceRows");
	}

	/** @return the file being read */
	protected SourceFile file() {
		return this.file;
	}

	/** @return the header, once the reader is open */
	public SourceHeader header() {
		return this.header;
	}

	/** Records the header read on open and fails when it lacks a mapped column. */
	protected void accept(List<String> columns) {
		this.header = new SourceHeader(this.file.displayName(), columns.stream().map(String::strip).toList());
		this.header.requireAll(this.mappingName, this.mappedColumns);
	}

}
