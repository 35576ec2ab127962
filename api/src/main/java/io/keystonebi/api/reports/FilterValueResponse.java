package io.keystonebi.api.reports;

import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.sql.reports.FilterValueRow;

/**
 * One value a report block's filter offers.
 *
 * @param value what a definition's filter stores: an id for agents, teams, offices, stages and property types,
 * the text itself for sources and zipcodes
 * @param label what a person reads for it
 */
@Schema(name = "ReportFilterValue")
record FilterValueResponse(@Schema(example = "12") String value, @Schema(example = "Dana Whitfield") String label) {

	static FilterValueResponse of(FilterValueRow row) {
		return new FilterValueResponse(row.value(), row.label());
	}

}
