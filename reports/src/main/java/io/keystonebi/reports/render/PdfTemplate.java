package io.keystonebi.reports.render;

import java.io.IOException;
import java.io.InputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The PDF's JasperReports template, read from the classpath and compiled once per JVM, on first use: compiling
 * takes most of a cold render, and the application should not pay it at start-up when no report is made.
 */
final class PdfTemplate {

	private static final String LOCATION = "io/keystonebi/reports/render/report.jrxml";

	private static volatile JasperReport compiled;

	private PdfTemplate() {
	}

	/** @return the compiled template */
	static JasperReport report() throws JRException {
		JasperReport report = compiled;
		if (report == null) {
			synchronized (PdfTemplate.class) {
				report = compiled;
				if (report == null) {
					report = compile();
					compiled = report;
				}
			}
		}
		return report;
	}

	private static JasperReport compile() throws JRException {
		try (InputStream in = PdfTemplate.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new JRException("The report template " + LOCATION + " is not on the classpath");
			}
			return JasperCompileManager.compileReport(JRXmlLoader.load(in));
		}
		catch (IOException ex) {
			throw new JRException("Cannot read the report template " + LOCATION, ex);
		}
	}

}
