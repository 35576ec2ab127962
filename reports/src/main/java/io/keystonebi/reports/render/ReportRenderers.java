package io.keystonebi.reports.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every format's renderer, chosen by format: what schedules, e-mails and downloads call. */
@Component
public class ReportRenderers {

	private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

	/**
	 * @param renderers one renderer per format
	 */
	public ReportRenderers(List<ReportRenderer> renderers) {
		for (ReportRenderer renderer : renderers) {
			if (this.renderers.put(renderer.format(), renderer) != null) {
				throw new IllegalStateException("Two renderers write " + renderer.format());
			}
		}
	}

	/** @return the renderers of every format, as the application context holds them */
	public static ReportRenderers all() {
		return new ReportRenderers(List.of(new PdfReportRenderer(), new XlsxReportRenderer(), new CsvReportRenderer()));
	}

	/**
	 * @param format the file format
	 * @param report the made report
	 * @param branding the brokerage's look
	 * @return the file's bytes
	 */
	public byte[] render(ReportFormat format, GeneratedReport report, Branding branding) {
		ReportRenderer renderer = this.renderers.get(format);
		if (renderer == null) {
			throw new IllegalStateException("No renderer writes " + format);
		}
		return renderer.render(report, branding);
	}

}
