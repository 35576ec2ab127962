package io.keystonebi.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.render.ReportBlock;

/**
 * A report as made for the caller, for the builder's preview: what every file format shows.
 *
 * @param title the report's title
 * @param audience whose data it holds
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param baseFrom the first day of the period changes are measured against
 * @param baseTo its last day, included
 * @param dataAsOf the newest data it reflects, or null without data
 * @param whatChanged sentences on the biggest movers
 * @param blocks its blocks, in order
 */
@Schema(name = "ReportPreview")
record PreviewResponse(@Schema(example = "Team review") String title,
		@Schema(example = "Whole brokerage") String audience, @Schema(example = "2026-02-01") LocalDate from,
		@Schema(example = "2026-02-28") LocalDate to, @Schema(example = "2026-01-01") LocalDate baseFrom,
		@Schema(example = "2026-01-31") LocalDate baseTo, @Schema(example = "2026-03-20T17:00:00Z") Instant dataAsOf,
		@Schema(example = "[\"Revenue rose 12% to $1.2M.\"]") List<String> whatChanged, List<Block> blocks) {

	static PreviewResponse of(GeneratedReport report) {
		return new PreviewResponse(report.title(), report.audience(), report.period().from(),
				report.period().lastDay(), report.base().from(), report.base().lastDay(), report.dataAsOf(),
				report.whatChanged(), report.blocks().stream().map(Block::of).toList());
	}

	/**
	 * One block: its view and the table behind it, drawn as the dashboard draws a panel.
	 *
	 * @param title its heading
	 * @param view how it is shown
	 * @param chart how the dashboard's drawing draws it
	 * @param columns its columns
	 * @param rows a list of values per row, in the columns' order
	 */
	@Schema(name = "ReportPreviewBlock")
	record Block(@Schema(example = "Revenue by team") String title,
			@Schema(example = "bar", allowableValues = { "kpi", "table", "bar", "line", "pie" }) String view,
			@Schema(example = "bar") String chart, List<BlockColumn> columns,
			@Schema(example = "[[\"7\", \"Team East\", 1250400.00]]") List<List<Object>> rows) {

		static Block of(ReportBlock block) {
			return new Block(block.title(), block.view().code(),
					block.panel().chart().name().toLowerCase(Locale.ROOT),
					block.panel().columns().stream().map(BlockColumn::of).toList(), block.panel().rows());
		}

	}

	/**
	 * A column.
	 *
	 * @param key its name, also the CSV header
	 * @param label what a person reads
	 * @param unit what its values are
	 */
	@Schema(name = "ReportPreviewColumn")
	record BlockColumn(@Schema(example = "revenue") String key, @Schema(example = "Revenue") String label,
			@Schema(example = "money") String unit) {

		static BlockColumn of(Column column) {
			return new BlockColumn(column.key(), column.label(), column.unit().name().toLowerCase(Locale.ROOT));
		}

	}

}
