package io.keystonebi.etl.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import io.keystonebi.etl.imports.ImportFileUnreadableException;

/**
 * A file to import: where it is ({@code classpath:} for bundled files, else a path) and the name people know
 * it by (an upload's original name).
 *
 * @param location {@code classpath:...} or a file system path
 * @param displayName the name used in messages, runs and quarantine
 */
public record SourceFile(String location, String displayName) {

	/** @return whether the file is a spreadsheet (XLSX) rather than CSV, by its name */
	public boolean isSpreadsheet() {
		String name = this.displayName.toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm");
	}

	/** @return the file's bytes; the caller closes the stream */
	public InputStream open() {
		Resource resource = this.location.startsWith("classpath:")
				? new ClassPathResource(this.location.substring("classpath:".length()))
				: new FileSystemResource(this.location);
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new ImportFileUnreadableException("File " + this.displayName + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param mappedColumns the columns the mapping reads; opening fails before any row is read if one is
	 * missing
	 * @param mappingName the mapping, for messages
	 * @return a reader of this file's rows, CSV or XLSX by the file's name
	 */
	public SourceRowReader reader(java.util.List<String> mappedColumns, String mappingName) {
		String name = this.displayName.toLowerCase(Locale.ROOT);
		if (!isSpreadsheet() && !name.endsWith(".csv") && !name.endsWith(".txt")) {
			throw new ImportFileUnreadableException(
					"File " + this.displayName + " is neither CSV (.csv, .txt) nor a spreadsheet (.xlsx)");
		}
		return isSpreadsheet() ? new XlsxRowReader(this, mappedColumns, mappingName)
				: new CsvRowReader(this, mappedColumns, mappingName);
	}

}
