package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.reports.kpi.SummaryRequest;

/**
 * The period parameters every dashboard endpoint takes. They arrive as text so a bad value is reported by name
 * with the reports module's message, not as a generic conversion failure.
 *
 * @param from first day of a custom period
 * @param to last day of a custom period, included
 * @param range a period ending today, instead of from and to
 * @param compare what the period is compared with
 */
record PeriodQuery(
		@Parameter(description = "First day of a custom period, YYYY-MM-DD; needs to.",
				example = "2026-03-01") String from,
		@Parameter(description = "Last day of a custom period, included, YYYY-MM-DD; needs from. At most "
				+ "bi.reports.max-range after from.", example = "2026-03-15") String to,
		@Parameter(description = "A period ending today, instead of from and to.", example = "30d",
				schema = @Schema(allowableValues = { "today", "7d", "30d", "90d", "mtd", "qtd", "ytd" })) String range,
		@Parameter(description = "What the figures are compared with: the period before, the same period a year "
				+ "earlier, or the agents' revenue targets.", example = "previous",
				schema = @Schema(allowableValues = { "previous", "last_year", "target" },
						defaultValue = "previous")) String compare) {

	/**
	 * @return the request these parameters make
	 * @throws io.keystonebi.reports.kpi.InvalidReportParameterException naming the parameter that is unusable
	 */
	SummaryRequest request() {
		return SummaryRequest.parse(this.from, this.to, this.range, this.compare);
	}

}
