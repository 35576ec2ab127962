package io.keystonebi.reports.panels;

import java.util.Objects;

/**
 * One column of a panel.
 *
 * @param key its snake_case name, unique in the panel; a CSV header and a drill filter's source
 * @param label what a person reads above it
 * @param unit what its values are
 * @param sensitivity whether some callers must not see it
 */
public record Column(String key, String label, Unit unit, Sensitivity sensitivity) {

	public Column {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(sensitivity, "sensitivity");
	}

	/** @return a column anyone in scope may see */
	public static Column of(String key, String label, Unit unit) {
		return new Column(key, label, unit, Sensitivity.NONE);
	}

	/** @return a column of what agents earn */
	public static Column commission(String key, String label) {
		return new Column(key, label, Unit.MONEY, Sensitivity.COMMISSION);
	}

	/** @return a column of data about a person */
	public static Column personal(String key, String label) {
		return new Column(key, label, Unit.TEXT, Sensitivity.PERSONAL);
	}

}
