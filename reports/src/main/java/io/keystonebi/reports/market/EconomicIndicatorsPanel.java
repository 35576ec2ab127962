package io.keystonebi.reports.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.market.EconomicIndicatorRow;
import io.keystonebi.sql.market.EconomicIndicatorsSql;
import io.keystonebi.sql.market.MarketQueries;

/** Economic series (e.g. the 30-year mortgage rate) by month, laid over the market's median price. */
final class EconomicIndicatorsPanel {

	private static final String ABOUT = MarketPanels.PUBLIC + "Economic series by month beside the market's median "
			+ "sale price, one line each, so that price moves can be read against rates or indices. ";

	private static final String HOW_TO_IMPORT = "No economic series is stored for this period. An administrator "
			+ "adds one as rows of the economic_indicators table, one value per series and month (e.g. the "
			+ "30-year mortgage rate, FRED series MORTGAGE30US, averaged by month, unit percent).";

	private EconomicIndicatorsPanel() {
	}

	static Panel panel(Handle handle, MarketQueries market, LocalDate from, LocalDate to) {
		List<EconomicIndicatorRow> values = handle.attach(EconomicIndicatorsSql.class).inPeriod(from, to);
		SeriesColumns table = new SeriesColumns(List.of(Column.of("month", "Month", Unit.MONTH),
				Column.of("median_price", "Median price", Unit.MONEY)));
		values.stream().map(EconomicIndicatorRow::series).distinct().forEach((series) -> table.series(series,
				Column.of(SeriesColumns.key("", series), series, unit(values, series))));
		// Without a series there is nothing to lay the prices over: the other panels already show them.
		if (!values.isEmpty()) {
			market.monthlyMedians(from, to).forEach((row) -> table.put(row.month(), null, 1, row.medianPrice()));
			values.forEach((row) -> table.put(row.month(), row.series(), 0, row.value()));
		}
		return new Panel("economic_indicators", "Economic indicators",
				ABOUT + (values.isEmpty() ? HOW_TO_IMPORT : "Series: the economic_indicators table."), ChartType.LINE,
				table.columns(), table.rows(), MarketPanels.sales(Map.of("month", "month")), List.of());
	}

	private static Unit unit(List<EconomicIndicatorRow> values, String series) {
		String unit = values.stream().filter((row) -> row.series().equals(series)).findFirst().orElseThrow().unit();
		return switch (unit) {
			case "percent" -> Unit.PERCENT;
			case "money" -> Unit.MONEY;
			default -> Unit.NUMBER;
		};
	}

}
