package io.keystonebi.reports.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Unit;

/**
 * The PDF template's data: one row per line of the document (a "What changed" bullet, a row of KPI tiles, a table
 * row, or a block's "no data"), each carrying its section's title, chart and column headers for the template's
 * groups, all text already formatted.
 */
final class PdfRows {

	/** The template lays out at most this many columns; wider tables keep their first ones (files keep all). */
	static final int MAX_COLUMNS = 8;

	static final int TILES_PER_ROW = 4;

	static final String NO_DATA = "No data for this period.";

	static final String DEFINITIONS = "How the figures are counted";

	// A change's colour says whether it is good news: a rise of revenue, a fall of speed to lead.
	private static final String GOOD = "#1E7B46";

	private static final String BAD = "#B3261E";

	private static final String FLAT = "#5F6B7A";

	private PdfRows() {
	}

	/** @return the rows of the whole report */
	static List<Map<String, ?>> of(GeneratedReport report, Branding branding) {
		List<Map<String, ?>> rows = new ArrayList<>();
		List<String> changes = report.whatChanged().isEmpty()
				? List.of("No figure moved notably against the compared period.") : report.whatChanged();
		for (String sentence : changes) {
			Map<String, Object> row = line(0, "bullet", null);
			row.put("text", sentence);
			rows.add(row);
		}
		for (int i = 0; i < report.blocks().size(); i++) {
			rows.addAll(block(i + 1, report.blocks().get(i), branding));
		}
		// How each figure is counted, once at the end rather than above every block.
		for (String definition : report.definitions()) {
			Map<String, Object> row = line(report.blocks().size() + 1, "bullet", null);
			row.put("title", DEFINITIONS);
			row.put("text", definition);
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> block(int section, ReportBlock block, Branding branding) {
		List<Map<String, ?>> rows = new ArrayList<>();
		if (block.panel().empty() || (block.view() == BlockView.KPI && KpiFigures.of(block.panel()).isEmpty())) {
			Map<String, Object> row = line(section, "empty", block);
			row.put("text", NO_DATA);
			rows.add(row);
			return rows;
		}
		if (block.view() == BlockView.KPI) {
			return tiles(section, block);
		}
		JFreeChart chart = BlockCharts.chart(block.view(), block.panel(), branding);
		BlockTable table = BlockTable.of(block.panel());
		List<Column> columns = table.shown().subList(0, Math.min(MAX_COLUMNS, table.columns().length));
		for (int r = 0; r < block.panel().rows().size(); r++) {
			Map<String, Object> row = line(section, "row", block);
			if (chart != null) {
				row.put("chart", new ChartDrawing(chart));
			}
			row.put("columns", columns.size());
			row.put("zebra", r % 2 == 1);
			List<Object> values = block.panel().rows().get(r);
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				row.put("h" + (c + 1), column.label());
				row.put("a" + (c + 1), Figures.numeric(column.unit()) ? "Right" : "Left");
				row.put("c" + (c + 1), Figures.text(values.get(table.columns()[c]), column.unit()));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> tiles(int section, ReportBlock block) {
		List<Map<String, ?>> rows = new ArrayList<>();
		List<KpiFigures.Figure> figures = KpiFigures.of(block.panel());
		for (int start = 0; start < figures.size(); start += TILES_PER_ROW) {
			Map<String, Object> row = line(section, "tiles", block);
			List<KpiFigures.Figure> slice = figures.subList(start, Math.min(figures.size(), start + TILES_PER_ROW));
			for (int t = 0; t < slice.size(); t++) {
				tile(row, t + 1, slice.get(t), block.lowerIsBetter());
			}
			rows.add(row);
		}
		return rows;
	}

	private static void tile(Map<String, Object> row, int slot, KpiFigures.Figure figure, Set<String> lowerIsBetter) {
		Unit unit = figure.column().unit();
		BigDecimal change = Figures.change(figure.current(), figure.previous());
		boolean good = (change != null) && (change.signum() > 0) != lowerIsBetter.contains(figure.column().key());
		row.put("l" + slot, figure.column().label());
		row.put("v" + slot, Figures.text(figure.current(), unit));
		row.put("d" + slot, (change != null) ? Figures.changeText(change) + " vs previous" : "Change n/a");
		row.put("k" + slot, (change == null || change.signum() == 0) ? FLAT : good ? GOOD : BAD);
		row.put("p" + slot, "Previous: " + Figures.text(figure.previous(), unit));
	}

	private static Map<String, Object> line(int section, String kind, ReportBlock block) {
		Map<String, Object> row = new HashMap<>();
		row.put("section", section);
		row.put("kind", kind);
		if (block != null) {
			row.put("title", block.title());
		}
		return row;
	}

}
