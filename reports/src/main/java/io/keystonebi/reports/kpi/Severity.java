package io.keystonebi.reports.kpi;

/** How urgently an alert needs attention. */
public enum Severity {

	/** The drop reached twice the configured threshold, or nothing came in at all. */
	CRITICAL,
	/** The configured threshold was crossed. */
	WARNING

}
