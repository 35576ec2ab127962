package io.keystonebi.reports.market;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelSource;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.market.BedroomsRow;
import io.keystonebi.sql.market.MarketQueries;
import io.keystonebi.sql.market.MonthlySalesRow;
import io.keystonebi.sql.market.PricePerSqftRow;
import io.keystonebi.sql.market.ZipcodeMonthRow;
import io.keystonebi.sql.market.ZipcodePointRow;

/**
 * The market page: local home sales from public records (King County in the demo). They are the whole market,
 * not the brokerage's book, so every role sees all of them and the caller's scope does not apply.
 */
@Component
class MarketPanels implements PanelSource {

	static final String PUBLIC = "Public market data: every sale recorded, the same for every role. ";

	private static final int LINE_ZIPCODES = 5;

	private static final int BAR_ZIPCODES = 15;

	@Override
	public String page() {
		return "market";
	}

	@Override
	public List<Panel> panels(Handle handle, PanelContext context) {
		MarketQueries sql = handle.attach(MarketQueries.class);
		LocalDate from = context.period().from();
		LocalDate to = context.period().to();
		return List.of(zipcodeLines(sql.zipcodeMonths(from, to, LINE_ZIPCODES)), bedrooms(sql.bedrooms(from, to)),
				pricePerSqft(sql.pricePerSqft(from, to, BAR_ZIPCODES)), salesVolume(sql, context),
				priceMap(sql.zipcodePoints(from, to)), Seasonality.panel(sql.seasons()),
				EconomicIndicatorsPanel.panel(handle, sql, from, to));
	}

	private static Panel zipcodeLines(List<ZipcodeMonthRow> rows) {
		SeriesColumns table = new SeriesColumns(List.of(Column.of("month", "Month", Unit.MONTH)));
		rows.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).map(ZipcodeMonthRow::zipcode).distinct()
			.forEach((zipcode) -> table.series(zipcode,
					Column.of(SeriesColumns.key("zipcode_", zipcode), zipcode, Unit.MONEY)));
		rows.forEach((row) -> table.put(row.month(), row.zipcode(), 0, row.medianPrice()));
		return new Panel("median_price_by_zipcode", "Median price by zipcode",
				PUBLIC + "Median sale price by month in the " + LINE_ZIPCODES + " zipcodes with the most sales in "
						+ "the period, one line per zipcode (most sales first); a month without sales in a zipcode "
						+ "has no value.",
				ChartType.LINE, table.columns(), table.rows(), sales(Map.of("month", "month")), List.of());
	}

	private static Panel bedrooms(List<BedroomsRow> rows) {
		return new Panel("median_price_by_property_type", "Median price by bedrooms",
				PUBLIC + "Median sale price and number of sales by number of bedrooms, which stands in for the "
						+ "property type that public sale records do not carry; five bedrooms or more are one bar.",
				ChartType.BAR,
				List.of(Column.of("bedrooms", "Bedrooms", Unit.TEXT), Column.of("median_price", "Median price",
						Unit.MONEY), Column.of("sales", "Sales", Unit.COUNT)),
				rows.stream().map((row) -> List.<Object>of(row.bedrooms(), row.medianPrice(), row.sales())).toList(),
				sales(Map.of("bedrooms", "bedrooms")), List.of());
	}

	private static Panel pricePerSqft(List<PricePerSqftRow> rows) {
		List<String> findings = rows.isEmpty() ? List.of()
				: List.of("The median price per square foot over all zipcodes is "
						+ rows.get(0).overallMedianPricePerSqft().toPlainString() + ".");
		return new Panel("price_per_sqft", "Price per square foot by zipcode",
				PUBLIC + "Median sale price per square foot of living area in the " + BAR_ZIPCODES + " zipcodes with "
						+ "the most sales in the period, most first, beside the median over every zipcode; sales "
						+ "without a living area are left out.",
				ChartType.BAR,
				List.of(Column.of("zipcode", "Zipcode", Unit.TEXT),
						Column.of("median_price_per_sqft", "Median price per sq ft", Unit.MONEY),
						Column.of("overall_median_price_per_sqft", "All zipcodes", Unit.MONEY),
						Column.of("sales", "Sales", Unit.COUNT)),
				rows.stream().map((row) -> List.<Object>of(row.zipcode(), row.medianPricePerSqft(),
						row.overallMedianPricePerSqft(), row.sales())).toList(),
				sales(Map.of("zipcode", "zipcode")), findings);
	}

	private static Panel salesVolume(MarketQueries sql, PanelContext context) {
		boolean compared = context.base() != null;
		List<MonthlySalesRow> months = sql.monthlySales(context.period().from(), context.period().to(),
				compared ? context.base().from() : null, compared ? context.base().to() : null);
		boolean any = months.stream().anyMatch((m) -> m.sales() > 0 || (m.baseSales() != null && m.baseSales() > 0));
		List<Column> columns = new ArrayList<>(List.of(Column.of("month", "Month", Unit.MONTH),
				Column.of("sales", "Sales", Unit.COUNT)));
		if (compared) {
			columns.add(Column.of("base_sales", "Sales, compared period", Unit.COUNT));
		}
		List<List<Object>> rows = !any ? List.of() : months.stream().map((m) -> compared
				? Arrays.<Object>asList(YearMonth.from(m.month()), m.sales(), m.baseSales())
				: Arrays.<Object>asList(YearMonth.from(m.month()), m.sales())).toList();
		return new Panel("sales_volume", "Sales volume", PUBLIC + "Number of sales by month, the market's "
				+ "turnover (a stand-in for inventory, which sale records do not show). With a compared period, "
				+ "its months stand beside the period's in the same order (first beside first).", ChartType.BAR,
				columns, rows, sales(Map.of("month", "month")), List.of());
	}

	private static Panel priceMap(List<ZipcodePointRow> rows) {
		return new Panel("price_map", "Median price map",
				PUBLIC + "One point per zipcode, at the mean position of its sales in the period, valued at their "
						+ "median sale price.",
				ChartType.MAP,
				List.of(Column.of("zipcode", "Zipcode", Unit.TEXT), Column.of("longitude", "Longitude", Unit.NUMBER),
						Column.of("latitude", "Latitude", Unit.NUMBER),
						Column.of("median_price", "Median price", Unit.MONEY)),
				rows.stream().map((row) -> List.<Object>of(row.zipcode(), row.longitude(), row.latitude(),
						row.medianPrice())).toList(),
				sales(Map.of("zipcode", "zipcode")), List.of());
	}

	static Drill sales(Map<String, String> byColumn) {
		return new Drill(RowSet.SALES, Map.of("date", "sold"), byColumn);
	}

	static String monthName(int month) {
		return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

}
