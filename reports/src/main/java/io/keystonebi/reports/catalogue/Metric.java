package io.keystonebi.reports.catalogue;

import java.util.Objects;
import java.util.Set;

import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.panels.Unit;

/**
 * A figure a report block can show, with what it means and how it can be broken down.
 *
 * @param code its name in definitions, e.g. {@code win_rate}
 * @param label what a person reads, e.g. {@code Win rate}
 * @param unit what its values are
 * @param description how it is counted, in plain words, as the KPI definitions fix it
 * @param dimensions what it can be broken down and filtered by
 * @param sensitivity whether some readers must not see it
 * @param higherIsBetter whether a rise is good news (false for costs, no-shows, delays)
 */
public record Metric(String code, String label, Unit unit, String description, Set<Dimension> dimensions,
		Sensitivity sensitivity, boolean higherIsBetter) {

	public Metric {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(sensitivity, "sensitivity");
		dimensions = Set.copyOf(dimensions);
	}

	/**
	 * @param dimension a breakdown
	 * @return whether this metric can be broken down and filtered by it
	 */
	public boolean supports(Dimension dimension) {
		return this.dimensions.contains(dimension);
	}

}
