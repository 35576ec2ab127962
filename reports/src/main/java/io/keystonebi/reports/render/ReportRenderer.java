package io.keystonebi.reports.render;

/** Turns a made report into a file of one format. */
public interface ReportRenderer {

	/** @return the format it writes */
	ReportFormat format();

	/**
	 * @param report the made report
	 * @param branding the brokerage's look (used by the formats that draw)
	 * @return the file's bytes
	 * @throws ReportRenderingFailedException when the file cannot be written
	 */
	byte[] render(GeneratedReport report, Branding branding);

}
