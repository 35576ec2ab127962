package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.panels.Unit;

/**
 * A metric and how its value follows from a key's partial figures.
 *
 * @param metric what it is
 * @param families the statements its value needs
 * @param value its value from a key's figures; null when it has none (a rate of nothing)
 */
record Definition(Metric metric, Set<Family> families, Function<Figures, BigDecimal> value) {

	static final Set<Dimension> PEOPLE = EnumSet.of(Dimension.AGENT, Dimension.TEAM, Dimension.OFFICE);

	static final Set<Dimension> PERIODS = EnumSet.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH,
			Dimension.QUARTER);

	static Builder of(String code, String label, Unit unit) {
		return new Builder(code, label, unit);
	}

	/** Collects one definition, so each reads as one statement in the catalogue's list. */
	static final class Builder {

		private final String code;

		private final String label;

		private final Unit unit;

		private String description;

		private Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);

		private Sensitivity sensitivity = Sensitivity.NONE;

		private boolean higherIsBetter = true;

		private Builder(String code, String label, Unit unit) {
			this.code = code;
			this.label = label;
			this.unit = unit;
		}

		Builder means(String description) {
			this.description = description;
			return this;
		}

		Builder by(Set<Dimension> dimensions) {
			this.dimensions = EnumSet.copyOf(dimensions);
			return this;
		}

		Builder commission() {
			this.sensitivity = Sensitivity.COMMISSION;
			return this;
		}

		Builder lowerIsBetter() {
			this.higherIsBetter = false;
			return this;
		}

		Definition from(Set<Family> families, Function<Figures, BigDecimal> value) {
			return new Definition(new Metric(this.code, this.label, this.unit, this.description, this.dimensions,
					this.sensitivity, this.higherIsBetter), families, value);
		}

	}

}
