package io.keystonebi.api.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.rows.RowsPage;

/**
 * The rows behind a chart's point, newest first.
 *
 * @param rows which rows: leads, deals or sales
 * @param total how many rows match in all
 * @param limit the most rows the table holds
 * @param truncated whether some matching rows are not in the table
 * @param table the rows, with their columns
 */
@Schema(name = "Rows")
record RowsResponse(@Schema(example = "deals") String rows, @Schema(example = "93") long total,
		@Schema(example = "200") int limit, @Schema(example = "false") boolean truncated,
		PanelPageResponse.PanelResponse table) {

	static RowsResponse of(String set, RowsPage page, Caller caller, String csv) {
		PanelPageResponse.PanelResponse table = PanelPageResponse.PanelResponse
			.of("rows", page.table().without(caller.hiddenColumns()));
		return new RowsResponse(set, page.total(), page.limit(), page.truncated(),
				new PanelPageResponse.PanelResponse(table.id(), table.title(), table.description(), table.chart(),
						table.columns(), table.rows(), null, table.findings(), csv));
	}

}
