package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/** Lays a block's figures out as a panel whose columns follow its view (see {@link BlockView}). */
final class BlockPanels {

	private BlockPanels() {
	}

	static Panel kpi(BlockDefinition block, List<Definition> definitions, Figures current, Figures previous) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of("period", "Period", Unit.TEXT));
		definitions.forEach((definition) -> columns.add(column(definition)));
		return Panel.of(id(block), block.title(), description(definitions), ChartType.TABLE, columns,
				List.of(row("current", definitions, current), row("previous", definitions, previous)));
	}

	/**
	 * @param keys the keys in order, each with its label
	 */
	static Panel breakdown(BlockDefinition block, List<Definition> definitions, List<Keyed> keys) {
		Dimension dimension = block.dimension();
		List<Column> columns = new ArrayList<>();
		// A period is its own label (a day, a month: real dates in a workbook); any other key is the value filters
		// take (an id, a source), kept for drills and files but shown by its name.
		if (dimension.period()) {
			columns.add(Column.of(dimension.code(), dimension.label(), keyUnit(dimension)));
		}
		else {
			columns.add(Column.of(dimension.code(), dimension.label() + " key", Unit.ID));
			columns.add(Column.of(dimension.code() + "_name", dimension.label(), Unit.TEXT));
		}
		definitions.forEach((definition) -> columns.add(column(definition)));
		List<List<Object>> rows = new ArrayList<>();
		for (Keyed key : keys) {
			List<Object> row = new ArrayList<>();
			row.add(key.value());
			if (!dimension.period()) {
				row.add(key.label());
			}
			definitions.forEach((definition) -> row.add(definition.value().apply(key.figures())));
			rows.add(row);
		}
		return Panel.of(id(block), block.title(), description(definitions), chart(block), columns, rows);
	}

	/** Orders non-period rows by the first metric, largest first, and keeps the block's limit. */
	static List<Keyed> ranked(List<Keyed> keys, Definition first, Integer limit) {
		Comparator<Keyed> byValue = Comparator.comparing((Keyed key) -> first.value().apply(key.figures()),
				Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
		List<Keyed> sorted = keys.stream().sorted(byValue.thenComparing(Keyed::label)).toList();
		return (limit != null && sorted.size() > limit) ? sorted.subList(0, limit) : sorted;
	}

	private static List<Object> row(String period, List<Definition> definitions, Figures figures) {
		List<Object> row = new ArrayList<>();
		row.add(period);
		definitions.forEach((definition) -> row.add(definition.value().apply(figures)));
		return row;
	}

	private static Column column(Definition definition) {
		Metric metric = definition.metric();
		return new Column(metric.code(), metric.label(), metric.unit(), metric.sensitivity());
	}

	private static Unit keyUnit(Dimension dimension) {
		return (dimension == Dimension.MONTH) ? Unit.MONTH : Unit.DATE;
	}

	private static ChartType chart(BlockDefinition block) {
		return switch (block.view()) {
			case LINE -> ChartType.LINE;
			case BAR, PIE -> (block.dimension().period()) ? ChartType.BAR : ChartType.HBAR;
			default -> ChartType.TABLE;
		};
	}

	private static String id(BlockDefinition block) {
		String slug = block.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		return slug.isEmpty() ? "block" : slug;
	}

	private static String description(List<Definition> definitions) {
		return definitions.stream().map((definition) -> definition.metric().label() + ": "
				+ definition.metric().description()).collect(Collectors.joining(" "));
	}

	/**
	 * One row's key.
	 *
	 * @param value the key column's value (an id, a text, a date or month)
	 * @param label its name
	 * @param figures its figures
	 */
	record Keyed(Object value, String label, Figures figures) {
	}

}
