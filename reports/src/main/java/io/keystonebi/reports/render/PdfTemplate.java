package io.keystonebi.reports.render;

import java.io.IOException;
import java.io.InputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The PDF's JasperReports template, compiled when the module was built ({@link TemplateCompiler}) and read from the
 * classpath once per JVM, on first use. Nothing is compiled at run time.
 */
final class PdfTemplate {

	private static final String LOCATION = "io/keystonebi/reports/render/report.jasper";

	private static volatile JasperReport loaded;

	private PdfTemplate() {
	}

	/** @return the compiled template */
	static JasperReport report() throws JRException {
		JasperReport report = loaded;
		if (report == null) {
			synchronized (PdfTemplate.class) {
				report = loaded;
				if (report == null) {
					report = load();
					loaded = report;
				}
			}
		}
		return report;
	}

	private static JasperReport load() throws JRException {
		try (InputStream in = PdfTemplate.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new JRException("The compiled report template " + LOCATION + " is not on the classpath: the "
						+ "reports module's build compiles it from report.jrxml (process-classes)");
			}
			return (JasperReport) JRLoader.loadObject(in);
		}
		catch (IOException ex) {
			throw new JRException("Cannot read the compiled report template " + LOCATION, ex);
		}
	}

}
