package io.keystonebi.reports.delivery;

import java.util.Map;
import java.util.Objects;

import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportFormat;

/**
 * A report made for one audience and its rendered files.
 *
 * @param report the figures, from which the e-mail's text is written
 * @param files one file per requested format
 */
public record ComposedReport(GeneratedReport report, Map<ReportFormat, byte[]> files) {

	public ComposedReport {
		Objects.requireNonNull(report, "report");
		files = Map.copyOf(files);
	}

}
