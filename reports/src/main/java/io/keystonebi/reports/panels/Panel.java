package io.keystonebi.reports.panels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One chart of a dashboard page and the table behind it: the same columns and rows are drawn as the chart, read
 * as its table, exported as CSV and filtered into drill-downs.
 *
 * @param id its name within the page, snake_case, e.g. {@code lead_sources}
 * @param title what a person reads above it
 * @param description what it shows and how it is counted, in plain words: also the chart's text alternative
 * @param chart how it is drawn, which fixes what its columns must be
 * @param columns its columns, in order
 * @param rows its rows, each a value per column: text, a number, or null; days and months as ISO text
 * @param drill where the rows behind a point are, or null when a point has nothing behind it
 * @param findings short sentences the data supports (e.g. the stage that loses most leads), possibly none
 */
public record Panel(String id, String title, String description, ChartType chart, List<Column> columns,
		List<List<Object>> rows, Drill drill, List<String> findings) {

	public Panel {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(chart, "chart");
		columns = List.copyOf(columns);
		List<List<Object>> normalised = new ArrayList<>(rows.size());
		for (List<Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("Panel " + id + ": a row has " + row.size() + " values for "
						+ columns.size() + " columns: " + row);
			}
			normalised.add(Collections.unmodifiableList(row.stream().map(Panel::normalise).toList()));
		}
		rows = Collections.unmodifiableList(normalised);
		findings = List.copyOf(findings);
	}

	/** @return a panel without drill-down or findings */
	public static Panel of(String id, String title, String description, ChartType chart, List<Column> columns,
			List<List<Object>> rows) {
		return new Panel(id, title, description, chart, columns, rows, null, List.of());
	}

	/** @return this panel with the rows behind its points */
	public Panel drilling(Drill drill) {
		return new Panel(this.id, this.title, this.description, this.chart, this.columns, this.rows, drill,
				this.findings);
	}

	/** @return this panel with sentences about what its data shows */
	public Panel finding(List<String> findings) {
		return new Panel(this.id, this.title, this.description, this.chart, this.columns, this.rows, this.drill,
				findings);
	}

	/** @return whether it has no rows to show */
	public boolean empty() {
		return this.rows.isEmpty();
	}

	/**
	 * @param hidden the kinds of column the caller may not see
	 * @return this panel without those columns; drills keyed by a removed column go too
	 */
	public Panel without(Set<Sensitivity> hidden) {
		int[] kept = IntStream.range(0, this.columns.size())
			.filter((i) -> !hidden.contains(this.columns.get(i).sensitivity()))
			.toArray();
		if (kept.length == this.columns.size()) {
			return this;
		}
		List<Column> columns = IntStream.of(kept).mapToObj(this.columns::get).toList();
		List<List<Object>> rows = this.rows.stream()
			.map((row) -> IntStream.of(kept).mapToObj(row::get).toList())
			.toList();
		boolean drillIntact = this.drill == null || this.drill.byColumn().keySet().stream()
			.allMatch((key) -> columns.stream().anyMatch((column) -> column.key().equals(key)));
		return new Panel(this.id, this.title, this.description, this.chart, columns, rows,
				drillIntact ? this.drill : null, this.findings);
	}

	// One representation per kind of value, whatever built the row (SQL, arithmetic, a cache's JSON).
	private static Object normalise(Object value) {
		if (value == null || value instanceof String || value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue());
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof LocalDate || value instanceof YearMonth) {
			return value.toString();
		}
		if (value instanceof Boolean || value instanceof Enum<?>) {
			return value.toString();
		}
		throw new IllegalArgumentException("A panel value must be text, a number or a date, not a "
				+ value.getClass().getName() + ": " + value);
	}

}
