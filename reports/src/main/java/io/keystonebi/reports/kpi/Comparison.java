package io.keystonebi.reports.kpi;

/** What the period's figures are compared with. */
public enum Comparison {

	/** The period of the same length immediately before. */
	PREVIOUS("previous", "vs previous period"),
	/** The same dates one year earlier. */
	LAST_YEAR("last_year", "vs same period last year"),
	/** The agents' revenue targets for the period (revenue only). */
	TARGET("target", "vs target");

	private final String code;

	private final String label;

	Comparison(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** @return the value of the {@code compare} parameter that selects this comparison */
	public String code() {
		return this.code;
	}

	/** @return how a change against this comparison is described, e.g. "vs previous period" */
	public String label() {
		return this.label;
	}

	/** @return the period compared with, or null when comparing with targets */
	ReportingPeriod basePeriod(ReportingPeriod period) {
		return switch (this) {
			case PREVIOUS -> period.previous();
			case LAST_YEAR -> period.sameLastYear();
			case TARGET -> null;
		};
	}

	static Comparison parse(String code) {
		for (Comparison comparison : values()) {
			if (comparison.code.equalsIgnoreCase(code.strip())) {
				return comparison;
			}
		}
		throw new InvalidReportParameterException("compare", code, "expected one of previous, last_year, target");
	}

}
