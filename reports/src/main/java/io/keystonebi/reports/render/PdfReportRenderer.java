package io.keystonebi.reports.render;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

import org.springframework.stereotype.Component;

/**
 * The branded PDF: A4 portrait, the brokerage's header and a numbered footer on every page, the report's first
 * section (title, audience, periods, times, what changed), then each block as KPI tiles, a chart and its table, or
 * a table. Filled in memory from the template of {@link PdfTemplate}; nothing is written to disk.
 */
@Component
class PdfReportRenderer implements ReportRenderer {

	@Override
	public ReportFormat format() {
		return ReportFormat.PDF;
	}

	@Override
	public byte[] render(GeneratedReport report, Branding branding) {
		try {
			JasperPrint print = JasperFillManager.fillReport(PdfTemplate.report(), parameters(report, branding),
					new JRMapCollectionDataSource(PdfRows.of(report, branding)));
			return export(print, report);
		}
		catch (JRException | RuntimeException ex) {
			throw new ReportRenderingFailedException(ReportFormat.PDF, report.title(), ex);
		}
	}

	private static Map<String, Object> parameters(GeneratedReport report, Branding branding) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("title", report.title());
		parameters.put("audience", report.audience());
		parameters.put("period", ReportDates.period(report.period()));
		parameters.put("compared", ReportDates.period(report.base()));
		parameters.put("generated", ReportDates.time(report.generatedAt(), report.zone()));
		parameters.put("dataAsOf", ReportDates.time(report.dataAsOf(), report.zone()));
		parameters.put("brokerageName", branding.brokerageName());
		parameters.put("headerText", branding.headerText());
		parameters.put("footerText", branding.footerText());
		parameters.put("primaryColour", branding.primaryColour());
		parameters.put("accentColour", branding.accentColour());
		parameters.put("logo", SimpleDataRenderer.getInstance(branding.logoPng()));
		return parameters;
	}

	private static byte[] export(JasperPrint print, GeneratedReport report) throws JRException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(report.title());
		configuration.setMetadataSubject(report.audience() + ", " + ReportDates.period(report.period()));
		configuration.setCompressed(true);
		exporter.setConfiguration(configuration);
		SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
		pages.setForceLineBreakPolicy(false);
		exporter.setConfiguration(pages);
		exporter.exportReport();
		return pdf.toByteArray();
	}

}
