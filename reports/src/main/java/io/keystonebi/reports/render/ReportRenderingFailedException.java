package io.keystonebi.reports.render;

import io.keystonebi.reports.ReportsException;

/** A report could not be turned into a file, e.g. the PDF engine or the workbook writer failed. */
public final class ReportRenderingFailedException extends ReportsException {

	ReportRenderingFailedException(ReportFormat format, String title, Throwable cause) {
		super("Could not render the report '" + title + "' as " + format.code() + ": " + cause.getMessage());
		initCause(cause);
	}

}
