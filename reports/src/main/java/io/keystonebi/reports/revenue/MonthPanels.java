package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.revenue.RevenueMonthRow;

/**
 * The revenue page's panels over time, from one list of monthly figures: revenue against target in the period's
 * months, revenue by month, quarter and year, and average deal size by month. A panel whose months have no won
 * deal (and, against target, no target) has no rows; otherwise every month of its window has one, 0 where
 * nothing was won.
 */
final class MonthPanels {

	private static final Map<String, String> WON = Map.of("date", "won", "status", "won");

	private final MonthWindows windows;

	private final Map<YearMonth, RevenueMonthRow> months;

	MonthPanels(MonthWindows windows, List<RevenueMonthRow> rows) {
		this.windows = windows;
		this.months = rows.stream().collect(Collectors.toMap((row) -> YearMonth.from(row.month()), Function.identity()));
	}

	Panel againstTarget() {
		List<List<Object>> rows = new ArrayList<>();
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal target = null;
		boolean any = false;
		for (YearMonth month = YearMonth.from(this.windows.period().from()); !month.isAfter(this.windows.last());
				month = month.plusMonths(1)) {
			RevenueMonthRow row = this.months.get(month);
			any |= row != null && (row.periodDeals() > 0 || row.target() != null);
			BigDecimal won = (row != null) ? row.periodRevenue() : BigDecimal.ZERO;
			BigDecimal prorated = (row != null && row.target() != null)
					? RevenueFigures.prorate(this.windows.period(), month, row.target()) : null;
			revenue = revenue.add(won);
			target = (prorated == null) ? target : ((target != null) ? target : BigDecimal.ZERO).add(prorated);
			rows.add(Arrays.asList(month.toString(), won, RevenueFigures.cents(prorated),
					RevenueFigures.percent(won, prorated)));
		}
		List<Column> columns = List.of(Column.of("month", "Month", Unit.MONTH), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("target", "Target", Unit.MONEY), Column.of("attainment", "Attainment", Unit.PERCENT));
		String description = "Revenue won in the period, month by month, next to the revenue target of the agents in"
				+ " scope (their monthly targets summed; a month only partly in the period counts its target by the"
				+ " share of its days inside the period). Attainment is revenue / target in percent, empty without a"
				+ " target.";
		Panel panel = Panel.of("against_target", "Revenue against target", description, ChartType.BAR, columns,
				any ? rows : List.of());
		return any ? panel.finding(List.of(attainment(revenue, RevenueFigures.cents(target)))) : panel;
	}

	private static String attainment(BigDecimal revenue, BigDecimal target) {
		if (target == null) {
			return "No revenue targets exist for this period.";
		}
		BigDecimal percent = RevenueFigures.percent(revenue, target);
		return "Revenue of the period is " + revenue.toPlainString() + " against a target of " + target.toPlainString()
				+ ((percent != null) ? ": " + percent.toPlainString() + "% attainment." : ".");
	}

	Panel byMonth() {
		Map<String, BigDecimal[]> buckets = buckets(this.windows.firstMonth(), YearMonth::toString);
		return timePanel("by_month", "Revenue by month", "month", "Month", Unit.MONTH, buckets,
				"the last " + MonthWindows.MONTHS + " calendar months");
	}

	Panel byQuarter() {
		Map<String, BigDecimal[]> buckets = buckets(this.windows.firstQuarterMonth(), MonthWindows::quarter);
		return timePanel("by_quarter", "Revenue by quarter", "quarter", "Quarter", Unit.TEXT, buckets,
				"the last " + MonthWindows.QUARTERS + " calendar quarters");
	}

	Panel byYear() {
		Map<String, BigDecimal[]> buckets = buckets(this.windows.firstYearMonth(), (month) -> "" + month.getYear());
		return timePanel("by_year", "Revenue by year", "year", "Year", Unit.TEXT, buckets,
				"the last " + MonthWindows.YEARS + " calendar years");
	}

	Panel dealSizeTrend() {
		Map<String, BigDecimal[]> buckets = buckets(this.windows.firstMonth(), YearMonth::toString);
		List<List<Object>> rows = buckets.entrySet().stream()
			.map((e) -> Arrays.<Object>asList(e.getKey(), RevenueFigures.averageDeal(e.getValue()[0],
					e.getValue()[1].longValueExact()), e.getValue()[1]))
			.toList();
		List<Column> columns = List.of(Column.of("month", "Month", Unit.MONTH),
				Column.of("average_deal_size", "Average deal size", Unit.MONEY), Column.of("deals", "Deals won", Unit.COUNT));
		String description = "Average deal size (revenue / number of deals won) in each of the last "
				+ MonthWindows.MONTHS + " calendar months, the last being the month of the period's last day; empty"
				+ " in a month without a won deal. Click a month for its won deals.";
		return new Panel("deal_size_trend", "Average deal size by month", description, ChartType.LINE, columns,
				nothingWon(buckets) ? List.of() : rows, new Drill(RowSet.DEALS, WON, Map.of("month", "month")), List.of());
	}

	private Panel timePanel(String id, String title, String key, String label, Unit unit,
			Map<String, BigDecimal[]> buckets, String window) {
		List<List<Object>> rows = buckets.entrySet().stream()
			.map((e) -> Arrays.<Object>asList(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		List<Column> columns = List.of(Column.of(key, label, unit), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("deals", "Deals won", Unit.COUNT));
		String description = "Revenue (sum of deal values) won and the number of deals won in each of " + window
				+ ", the last being the one holding the period's last day; each counts its whole " + key
				+ ". Click a bar for its won deals.";
		return new Panel(id, title, description, ChartType.BAR, columns, nothingWon(buckets) ? List.of() : rows,
				new Drill(RowSet.DEALS, WON, Map.of(key, key)), List.of());
	}

	// Revenue and deals per bucket, from the first month through the last, in order.
	private Map<String, BigDecimal[]> buckets(YearMonth first, Function<YearMonth, String> bucket) {
		Map<String, BigDecimal[]> buckets = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(this.windows.last()); month = month.plusMonths(1)) {
			BigDecimal[] sums = buckets.computeIfAbsent(bucket.apply(month),
					(name) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			RevenueMonthRow row = this.months.get(month);
			if (row != null) {
				sums[0] = sums[0].add(row.revenue());
				sums[1] = sums[1].add(BigDecimal.valueOf(row.deals()));
			}
		}
		return buckets;
	}

	private static boolean nothingWon(Map<String, BigDecimal[]> buckets) {
		return buckets.values().stream().allMatch((sums) -> sums[1].signum() == 0);
	}

}
