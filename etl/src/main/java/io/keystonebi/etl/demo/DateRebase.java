package io.keystonebi.etl.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.keystonebi.etl.imports.load.ParsedRow;
import io.keystonebi.etl.imports.load.RowParser;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.read.SourceFile;
import io.keystonebi.etl.imports.read.SourceRow;
import io.keystonebi.etl.imports.read.SourceRowReader;

/**
 * Finds how many days to shift a rebase group so its newest date falls on a given day: reads the group's
 * files once through their mappings and takes the latest date of any dated field.
 */
final class DateRebase {

	private DateRebase() {
	}

	static long daysToShift(List<Mapped> files, LocalDate today) throws Exception {
		LocalDate newest = null;
		for (Mapped file : files) {
			LocalDate fileNewest = newest(file);
			if (fileNewest != null && (newest == null || fileNewest.isAfter(newest))) {
				newest = fileNewest;
			}
		}
		return (newest != null) ? ChronoUnit.DAYS.between(newest, today) : 0;
	}

	private static LocalDate newest(Mapped file) throws Exception {
		SourceRowReader reader = file.file().reader(file.mapping().fileColumns(), file.mapping().name());
		RowParser parser = new RowParser(file.mapping(), 0);
		LocalDate newest = null;
		reader.open(new ExecutionContext());
		try {
			for (SourceRow row = reader.read(); row != null; row = reader.read()) {
				ParsedRow parsed = parser.process(row);
				if (!parsed.isRejected()) {
					for (Object value : parsed.values()) {
						LocalDate date = (value instanceof LocalDateTime time) ? time.toLocalDate()
								: (value instanceof LocalDate day) ? day : null;
						if (date != null && (newest == null || date.isAfter(newest))) {
							newest = date;
						}
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return newest;
	}

	/**
	 * A demo file with its parsed mapping.
	 *
	 * @param file the file
	 * @param mapping its mapping
	 */
	record Mapped(SourceFile file, Mapping mapping) {
	}

}
