package io.keystonebi.reports.market;

import java.util.List;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.market.SeasonRow;

/** The market's calendar: how busy and how dear each month of the year is, over all market data. */
final class Seasonality {

	private Seasonality() {
	}

	// No drill: a calendar month spans years, and the drill's month filter names one month of one year.
	static Panel panel(List<SeasonRow> rows) {
		List<String> findings = busiest(rows);
		return new Panel("seasonality", "Seasonality",
				MarketPanels.PUBLIC + "Over all market data, whatever the period: the average number of sales in "
						+ "each calendar month (its sales divided by the number of years with sales in it) and "
						+ "its median price as an index, 100 being the median over all data.",
				ChartType.BAR,
				List.of(Column.of("month_of_year", "Month", Unit.TEXT),
						Column.of("average_sales", "Average sales", Unit.NUMBER),
						Column.of("median_price_index", "Median price index", Unit.NUMBER)),
				rows.stream().map((row) -> List.<Object>of(MarketPanels.monthName(row.monthOfYear()),
						row.averageSales(), row.medianPriceIndex())).toList(),
				null, findings);
	}

	private static List<String> busiest(List<SeasonRow> rows) {
		if (rows.size() < 2) {
			return List.of();
		}
		SeasonRow busiest = rows.get(0);
		SeasonRow quietest = rows.get(0);
		for (SeasonRow row : rows) {
			busiest = (row.averageSales().compareTo(busiest.averageSales()) > 0) ? row : busiest;
			quietest = (row.averageSales().compareTo(quietest.averageSales()) < 0) ? row : quietest;
		}
		return List.of("The busiest month is " + MarketPanels.monthName(busiest.monthOfYear()) + " ("
				+ busiest.averageSales().toPlainString() + " sales on average), the quietest "
				+ MarketPanels.monthName(quietest.monthOfYear()) + " (" + quietest.averageSales().toPlainString()
				+ ").");
	}

}
