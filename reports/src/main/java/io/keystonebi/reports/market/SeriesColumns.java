package io.keystonebi.reports.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.keystonebi.reports.panels.Column;

/**
 * Values by month and series turned into a line chart's table: a month column, then one column per series, one
 * row per month. A line chart takes its series from columns, so each series (a zipcode, an economic indicator)
 * becomes one, keyed by its name in snake case.
 */
final class SeriesColumns {

	private final List<Column> columns = new ArrayList<>();

	private final Map<String, Integer> positions = new LinkedHashMap<>();

	private final SortedMap<LocalDate, Object[]> months = new TreeMap<>();

	SeriesColumns(List<Column> leading) {
		this.columns.addAll(leading);
	}

	/**
	 * Adds a series' column after the others; every series is added before the first value is put. Two names
	 * that make the same key (e.g. {@code A-1} and {@code a 1}) get {@code _2}, {@code _3}... so keys stay unique.
	 */
	void series(String name, Column column) {
		String key = column.key();
		for (int n = 2; keyTaken(key); n++) {
			key = column.key() + "_" + n;
		}
		this.positions.put(name, this.columns.size());
		this.columns.add(new Column(key, column.label(), column.unit(), column.sensitivity()));
	}

	private boolean keyTaken(String key) {
		return this.columns.stream().anyMatch((column) -> column.key().equals(key));
	}

	/** Sets one cell; {@code series} null means the leading column at {@code position}. */
	void put(LocalDate month, String series, int position, BigDecimal value) {
		int column = (series != null) ? this.positions.get(series) : position;
		this.months.computeIfAbsent(month, (m) -> new Object[this.columns.size()])[column] = value;
	}

	List<Column> columns() {
		return List.copyOf(this.columns);
	}

	List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>();
		this.months.forEach((month, values) -> {
			values[0] = YearMonth.from(month);
			rows.add(Arrays.asList(values));
		});
		return rows;
	}

	/** @return a series' name as a column key: {@code 30-Year Rate} is {@code 30_year_rate} */
	static String key(String prefix, String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return prefix + (slug.isEmpty() ? "series" : slug);
	}

}
