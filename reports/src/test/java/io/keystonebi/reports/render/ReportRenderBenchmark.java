package io.keystonebi.reports.render;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints how long the renderers take on the 13-block monthly pack: the PDF's first render in this fresh JVM
 * (template compilation and font loading included), then p50/p95/max of warm renders of each format, and the PDF's
 * size and pages. Run by {@code bench/report-render.sh}.
 */
public final class ReportRenderBenchmark {

	private static final int RUNS = 30;

	private ReportRenderBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		GeneratedReport pack = ReportFixtures.monthlyPack();
		Branding branding = ReportFixtures.branding();
		ReportRenderers renderers = ReportRenderers.all();
		long start = System.nanoTime();
		try {
			PdfTemplate.report();
		}
		catch (net.sf.jasperreports.engine.JRException ex) {
			throw new IllegalStateException(ex);
		}
		long compiled = System.nanoTime();
		byte[] pdf = renderers.render(ReportFormat.PDF, pack, branding);
		long end = System.nanoTime();
		System.out.printf("pdf cold (first render in a fresh JVM): %.0f ms, of which template load and compile %.0f ms%n",
				(end - start) / 1e6, (compiled - start) / 1e6);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("pdf size: %.0f KB, pages: %d%n", pdf.length / 1024.0, document.getNumberOfPages());
		}
		for (ReportFormat format : ReportFormat.values()) {
			warm(renderers, format, pack, branding);
		}
	}

	private static void warm(ReportRenderers renderers, ReportFormat format, GeneratedReport pack, Branding branding) {
		for (int i = 0; i < 5; i++) {
			renderers.render(format, pack, branding);
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			renderers.render(format, pack, branding);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("%s warm (%d renders after 5): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", format.code(), RUNS,
				millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
	}

}
