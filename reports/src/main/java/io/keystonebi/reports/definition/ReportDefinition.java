package io.keystonebi.reports.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report holds, independent of who reads it: the same definition made for two recipients gives each the
 * figures of their own data scope.
 *
 * @param title the report's title
 * @param range the period it covers, relative to the day it is made
 * @param from the first day of a {@link ReportRange#CUSTOM} range, otherwise null
 * @param to the last day (included) of a {@link ReportRange#CUSTOM} range, otherwise null
 * @param blocks its blocks, in order, at least one
 */
public record ReportDefinition(String title, ReportRange range, LocalDate from, LocalDate to,
		List<BlockDefinition> blocks) {

	public ReportDefinition {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(range, "range");
		blocks = List.copyOf(blocks);
	}

}
