package io.keystonebi.reports.render;

import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the PDF's JasperReports template when the module is built ({@code process-classes}), so that no
 * running application compiles Java expressions, or carries the compiler: the build writes
 * {@code report.jasper} beside {@code report.jrxml} in the module's classes, and {@link PdfTemplate} loads it.
 */
public final class TemplateCompiler {

	private TemplateCompiler() {
	}

	/**
	 * @param args the template ({@code .jrxml}) and the compiled file to write ({@code .jasper})
	 * @throws JRException when the template does not compile; the build fails with the reason
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: TemplateCompiler <template.jrxml> <compiled.jasper>");
		}
		Path target = Path.of(args[1]);
		Files.createDirectories(target.getParent());
		JasperCompileManager.compileReportToFile(args[0], target.toString());
	}

}
