package io.keystonebi.reports.kpi;

import io.keystonebi.reports.ReportsException;

/** A report or dashboard request named a period or comparison that cannot be used. */
public final class InvalidReportParameterException extends ReportsException {

	private final String parameter;

	private final String value;

	public InvalidReportParameterException(String parameter, String value, String problem) {
		super("Invalid value '" + value + "' for parameter '" + parameter + "': " + problem);
		this.parameter = parameter;
		this.value = value;
	}

	/** @return the name of the offending parameter */
	public String parameter() {
		return this.parameter;
	}

	/** @return the offending value as given */
	public String value() {
		return this.value;
	}

}
