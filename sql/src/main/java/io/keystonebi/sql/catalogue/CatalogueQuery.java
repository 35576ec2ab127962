package io.keystonebi.sql.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one family statement computes: a period, a breakdown, the filters and the caller's scope. A filter not
 * asked for is null; source and zipcode filters match missing values by {@code (none)}.
 *
 * @param from first local date of the period
 * @param to first local date after the period
 * @param dimension the breakdown's code ({@code agent}, ..., {@code quarter}), or {@code total} for none
 * @param scopeAll whether the caller sees the whole brokerage
 * @param scopeUsers otherwise, the warehouse users whose records count
 * @param agents the agents (user ids) kept, or null
 * @param teams the teams kept, or null
 * @param offices the offices kept, or null
 * @param sources the lead sources kept, or null
 * @param stages the pipeline stages kept, or null
 * @param propertyTypes the property types kept, or null
 * @param zipcodes the zipcodes kept, or null
 * @param salePrice whether deal values are sale prices (GCI = value x rate) rather than commissions
 * @param defaultRate commission rate (a fraction) of deals whose property type sets none
 * @param pipelineWeights whether the weighted pipeline is wanted: only then are the stages' win probabilities
 * learned from history and each open deal's stage at the period's end looked up, which cost most of the deal
 * statement
 */
public record CatalogueQuery(LocalDate from, LocalDate to, String dimension, boolean scopeAll, long[] scopeUsers,
		long[] agents, long[] teams, long[] offices, String[] sources, long[] stages, long[] propertyTypes,
		String[] zipcodes, boolean salePrice, BigDecimal defaultRate, boolean pipelineWeights) {

	public CatalogueQuery {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(dimension, "dimension");
		Objects.requireNonNull(scopeUsers, "scopeUsers");
		Objects.requireNonNull(defaultRate, "defaultRate");
	}

	/**
	 * @param from first local date of another period
	 * @param to first local date after it
	 * @return the same query over that period
	 */
	public CatalogueQuery over(LocalDate from, LocalDate to) {
		return new CatalogueQuery(from, to, this.dimension, this.scopeAll, this.scopeUsers, this.agents, this.teams,
				this.offices, this.sources, this.stages, this.propertyTypes, this.zipcodes, this.salePrice,
				this.defaultRate, this.pipelineWeights);
	}

}
