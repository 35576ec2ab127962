package io.keystonebi.reports.rows;

import java.util.List;
import java.util.Map;

import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** The filters of one drill request, read by name; each reading refuses a value that does not parse, naming it. */
final class FilterValues {

	private final Map<String, String> values;

	FilterValues(Map<String, String> values) {
		this.values = values;
	}

	boolean has(String name) {
		return this.values.get(name) != null;
	}

	String text(String name) {
		String value = this.values.get(name);
		if (value != null && value.isBlank()) {
			throw invalid(name, "must not be empty");
		}
		return value;
	}

	String oneOf(String name, List<String> allowed) {
		String value = text(name);
		if (value != null && !allowed.contains(value)) {
			throw invalid(name, "expected one of " + String.join(", ", allowed));
		}
		return value;
	}

	Long id(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		if (!value.matches("[1-9][0-9]{0,17}")) {
			throw invalid(name, "expected a warehouse id (a positive whole number)");
		}
		return Long.valueOf(value);
	}

	Integer number(String name, int min, int max) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
			throw invalid(name, "expected a whole number from " + min + " to " + max);
		}
		return Integer.valueOf(value);
	}

	InvalidReportParameterException invalid(String name, String problem) {
		return new InvalidReportParameterException(name, this.values.get(name), problem);
	}

}
