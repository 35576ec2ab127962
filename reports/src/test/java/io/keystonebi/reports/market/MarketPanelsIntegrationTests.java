package io.keystonebi.reports.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.rows.RowsService;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;
import io.keystonebi.sql.market.EconomicIndicatorsSql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market page against the hand-made fixture {@code marketSales.sql}: the first quarter of 2026 compared with
 * that of 2025. Every expected figure is worked out from the script in the comment beside it.
 */
@PanelsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// A context (so a database) of its own: other tests load market sales of their own.
@TestPropertySource(properties = "bi.test.fixture=market")
class MarketPanelsIntegrationTests {

	static final ReportingPeriod Q1_2026 = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

	static final ReportingPeriod Q1_2025 = Q1_2026.sameLastYear();

	@Autowired
	Jdbi jdbi;

	@Autowired
	MarketPanels market;

	@Autowired
	PanelService panelService;

	@Autowired
	RowsService rows;

	@BeforeAll
	void loadFixture() {
		this.jdbi.useHandle((handle) -> handle
			.createScript(ClasspathSqlLocator.create().locate(MarketPanelsIntegrationTests.class, "marketSales"))
			.execute());
	}

	@Test
	void thePageIsMarketWithItsPanelsInOrder() {
		assertThat(this.panelService.pages()).contains("market");
		assertThat(panels(DataScope.brokerage(), Q1_2025)).extracting(Panel::id).containsExactly(
				"median_price_by_zipcode", "median_price_by_property_type", "price_per_sqft", "sales_volume",
				"price_map", "seasonality", "economic_indicators");
	}

	@Test
	void medianPriceByMonthOfTheFiveZipcodesWithTheMostSales() {
		// 98001 has 4 sales, 98002 3, 98003 to 98005 2 each (ties by zipcode), 98006 1 and is left out.
		// January: 98001 {100k, 200k} -> 150k; 98002 {500k}; 98003 {150k}. February: 98001 {300k}; 98002
		// {600k, 700k} -> 650k; 98004 {800k, 900k} -> 850k. March: 98001 {400k}; 98003 {250k}; 98005 {350k, 450k}.
		Panel panel = panel("median_price_by_zipcode", Q1_2025);

		assertThat(panel.chart()).isEqualTo(ChartType.LINE);
		assertThat(panel.columns()).extracting(Column::key).containsExactly("month", "zipcode_98001", "zipcode_98002",
				"zipcode_98003", "zipcode_98004", "zipcode_98005");
		assertThat(panel.columns()).extracting(Column::label).containsExactly("Month", "98001", "98002", "98003",
				"98004", "98005");
		assertThat(texts(panel)).containsExactly(
				row("2026-01", "150000.00", "500000.00", "150000.00", null, null),
				row("2026-02", "300000.00", "650000.00", null, "850000.00", null),
				row("2026-03", "400000.00", null, "250000.00", null, "400000.00"));
		assertThat(panel.drill()).isEqualTo(new Drill(RowSet.SALES, Map.of("date", "sold"), Map.of("month", "month")));
	}

	@Test
	void medianPriceByBedroomsStandsInForPropertyType() {
		// 1: {150k}; 2: {100k, 250k}; 3: {200k, 300k, 450k, 700k} -> 375k; 4: {400k, 800k, 900k};
		// 5+: {500k (5), 600k (6), 1000k (5)}; unknown: {350k}.
		Panel panel = panel("median_price_by_property_type", Q1_2025);

		assertThat(texts(panel)).containsExactly(row("1", "150000.00", "1"), row("2", "175000.00", "2"),
				row("3", "375000.00", "4"), row("4", "800000.00", "3"), row("5+", "600000.00", "3"),
				row("(unknown)", "350000.00", "1"));
		assertThat(panel.drill().byColumn()).isEqualTo(Map.of("bedrooms", "bedrooms"));
	}

	@Test
	void pricePerSquareFootByZipcodeBesideTheOverallMedian() {
		// Price / sq ft: 98001 {100, 200, 200, 200}; 98002 {200, 300} (sale 7 has no area); 98003 {300, 250};
		// 98004 {400, 300}; 98005 {350, 300}; 98006 {250}. All 13 sorted: 100 200 200 200 200 250 250 300 ... -> 250.
		Panel panel = panel("price_per_sqft", Q1_2025);

		assertThat(texts(panel)).containsExactly(row("98001", "200.00", "250.00", "4"),
				row("98002", "250.00", "250.00", "2"), row("98003", "275.00", "250.00", "2"),
				row("98004", "350.00", "250.00", "2"), row("98005", "325.00", "250.00", "2"),
				row("98006", "250.00", "250.00", "1"));
		assertThat(panel.findings()).containsExactly("The median price per square foot over all zipcodes is 250.00.");
	}

	@Test
	void salesVolumeByMonthBesideTheComparedPeriodsMonths() {
		// 2026: January 5, February 5, March 4; 2025: January 1, February 0, March 1.
		Panel compared = panel("sales_volume", Q1_2025);
		Panel alone = panel("sales_volume", null);

		assertThat(compared.columns()).extracting(Column::key).containsExactly("month", "sales", "base_sales");
		assertThat(texts(compared)).containsExactly(row("2026-01", "5", "1"), row("2026-02", "5", "0"),
				row("2026-03", "4", "1"));
		assertThat(alone.columns()).extracting(Column::key).containsExactly("month", "sales");
		assertThat(texts(alone)).containsExactly(row("2026-01", "5"), row("2026-02", "5"), row("2026-03", "4"));
	}

	@Test
	void theMapHasOnePointPerZipcodeAtTheMeanPositionOfItsSales() {
		// 98001: latitudes 47.1, 47.3, 47.2, 47.2 -> 47.2, prices {100k..400k} -> 250k. 98005: sale 13 has no
		// position, so only sale 12 places and prices it.
		Panel panel = panel("price_map", Q1_2025);

		assertThat(panel.chart()).isEqualTo(ChartType.MAP);
		assertThat(panel.columns()).extracting(Column::key).containsExactly("zipcode", "longitude", "latitude",
				"median_price");
		assertThat(texts(panel)).containsExactly(row("98001", "-122.200000", "47.200000", "250000.00"),
				row("98002", "-122.600000", "47.600000", "600000.00"),
				row("98003", "-121.100000", "47.100000", "200000.00"),
				row("98004", "-122.000000", "47.400000", "850000.00"),
				row("98005", "-122.900000", "47.800000", "350000.00"),
				row("98006", "-121.900000", "47.900000", "1000000.00"));
		assertThat(panel.drill().byColumn()).isEqualTo(Map.of("zipcode", "zipcode"));
	}

	@Test
	void aMapPointsDrillFindsItsSales() {
		Map<String, String> filters = Map.of("date", "sold", "zipcode", "98002");
		PanelContext context = context(DataScope.agent(7), Q1_2025);

		assertThat(this.jdbi.withHandle((handle) -> this.rows.rows(handle, context, RowSet.SALES, filters, 10))
			.total()).isEqualTo(3);
	}

	@Test
	void seasonalityIsOverAllDataWhateverThePeriod() {
		// Median of all 17 prices: 350k. January: 6 sales in 2 years -> 3.0, median {90k, 100k, 150k, 200k, 500k,
		// 1000k} = 175k -> 50.0. February: 5 in 1 -> 5.0, 700k -> 200.0. March: 5 in 2 -> 2.5, 350k -> 100.0.
		// July: 1 in 1, 120k -> 34.3.
		Panel panel = panel("seasonality", null);

		assertThat(texts(panel)).containsExactly(row("Jan", "3.0", "50.0"), row("Feb", "5.0", "200.0"),
				row("Mar", "2.5", "100.0"), row("Jul", "1.0", "34.3"));
		assertThat(panel.findings())
			.containsExactly("The busiest month is Feb (5.0 sales on average), the quietest Jul (1.0).");
		assertThat(panel.drill()).isNull();
	}

	@Test
	void economicSeriesOfThePeriodBesideTheMedianPrice() {
		// Medians: January {100k, 150k, 200k, 500k, 1000k} -> 200k, February 700k, March {250k..450k} -> 375k.
		// December 2025 and April 2026 values are outside the quarter.
		Panel panel = panel("economic_indicators", Q1_2025);

		assertThat(panel.columns()).extracting(Column::key).containsExactly("month", "median_price",
				"30_year_mortgage_rate", "case_shiller_index");
		assertThat(panel.columns()).extracting(Column::unit).containsExactly(Unit.MONTH, Unit.MONEY, Unit.PERCENT,
				Unit.NUMBER);
		assertThat(texts(panel)).containsExactly(row("2026-01", "200000.00", "6.8000", null),
				row("2026-02", "700000.00", "6.7000", null), row("2026-03", "375000.00", null, "310.5000"));
	}

	@Test
	void aRevisedEconomicValueReplacesTheStoredOne() {
		this.jdbi.useTransaction((handle) -> {
			handle.attach(EconomicIndicatorsSql.class).upsert("30-year mortgage rate", LocalDate.of(2026, 2, 1),
					new BigDecimal("6.65"), "percent", "FRED MORTGAGE30US");
			Panel panel = panel(handle, "economic_indicators", context(DataScope.brokerage(), null));
			assertThat(texts(panel).get(1)).containsExactly("2026-02", "700000.00", "6.6500", null);
			handle.rollback();
		});
	}

	@Test
	void withoutAnySeriesThePanelSaysHowToAddOne() {
		PanelContext context = new PanelContext(Q1_2025, null, LocalDate.of(2025, 4, 1), ZoneId.of("UTC"),
				DataScope.brokerage(), null);
		Panel panel = this.jdbi.withHandle((handle) -> panel(handle, "economic_indicators", context));

		assertThat(panel.rows()).isEmpty();
		assertThat(panel.description()).contains("economic_indicators").contains("mortgage rate");
	}

	@Test
	void everyRoleSeesTheWholeMarket() {
		assertThat(panels(DataScope.agent(7), Q1_2025)).isEqualTo(panels(DataScope.brokerage(), Q1_2025));
		assertThat(panels(DataScope.team(3, List.of()), Q1_2025)).isEqualTo(panels(DataScope.brokerage(), Q1_2025));
	}

	@Test
	void anEmptyMarketStillHasEveryPanelWithoutRows() {
		this.jdbi.useTransaction((handle) -> {
			handle.execute("truncate market_sales, economic_indicators");
			List<Panel> panels = this.market.panels(handle, context(DataScope.brokerage(), Q1_2025));
			assertThat(panels).hasSize(7).allSatisfy((panel) -> assertThat(panel.rows()).isEmpty());
			handle.rollback();
		});
	}

	private List<Panel> panels(DataScope scope, ReportingPeriod base) {
		return this.jdbi.withHandle((handle) -> this.market.panels(handle, context(scope, base)));
	}

	private Panel panel(String id, ReportingPeriod base) {
		return this.jdbi.withHandle((handle) -> panel(handle, id, context(DataScope.brokerage(), base)));
	}

	private Panel panel(Handle handle, String id, PanelContext context) {
		return this.market.panels(handle, context).stream().filter((panel) -> panel.id().equals(id)).findFirst()
			.orElseThrow();
	}

	private static PanelContext context(DataScope scope, ReportingPeriod base) {
		return new PanelContext(Q1_2026, base, LocalDate.of(2026, 4, 1), ZoneId.of("America/Los_Angeles"), scope,
				null);
	}

	// Numbers by their plain digits, so that expectations read like the fixture.
	private static List<List<String>> texts(Panel panel) {
		return panel.rows().stream()
			.map((row) -> row.stream().map((value) -> (value instanceof BigDecimal number) ? number.toPlainString()
					: (String) value).toList())
			.toList();
	}

	private static List<String> row(String... values) {
		return Arrays.asList(values);
	}

}
