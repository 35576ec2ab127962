package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Blocks over {@link CatalogueFixtures} for March 2026 in New York, worked by hand from the scripts: won in March
 * (local) o1 200,000 (Ann, House, zillow), o2 100,000 (Ann, Condo, referral), o3 300,000 (Bob, House, zillow; 23:30
 * on 31 March local, 1 April UTC) and o10 30,000 (Cat, House, no source): 630,000 in 4 deals, GCI 6,000 + 2,500 +
 * 9,000 + 900 = 18,400; o7 (Bob) lost; o2, o3, o9, o10 created; o6 (Offer, 0.5) and o9 (New, learned 1/2) open at
 * the end: 500,000, weighted 250,000. Leads c3, c4 (Ann, zillow), c5 (Bob, referral); c3 converted; first replies
 * after 30, 90 and 1,620 minutes.
 */
@PanelsIntegrationTest
@TestPropertySource(properties = "bi.test.fixture=catalogue")
class BlockQueryIntegrationTests {

	static final ReportingPeriod MARCH = new ReportingPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

	static final ReportingPeriod FEBRUARY = new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));

	@Autowired
	BlockQuery blocks;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void loadFixture() {
		CatalogueFixtures.load(this.jdbi);
	}

	@Test
	void aKpiBlockHasTheDealFiguresOfThePeriodAndThePreviousOne() {
		Panel panel = kpi(DataScope.brokerage(), "revenue", "gci", "agent_commission", "company_dollar", "deals_won",
				"deals_lost", "deals_created", "win_rate", "average_deal_size", "sales_cycle_days", "pipeline_value",
				"weighted_pipeline_value", "open_deals");

		assertThat(panel.columns().get(0).key()).isEqualTo("period");
		assertThat(panel.columns().get(2).sensitivity()).isEqualTo(Sensitivity.COMMISSION);
		// 18,400 x 70% = 12,880; the median cycle of 11.875, 19, 30.52 (1 March 15:00 to 1 April 03:30 UTC) and
		// 32 days is 24.76.
		assertThat(panel.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("630000"), n("18400.00"), n("12880.00"), n("5520.00"), n("4"), n("1"),
					n("4"), n("80.0"), n("157500.00"), n("24.8"), n("500000"), n("250000.00"), n("2"));
		// February (local): o4 won at 23:30 on 28 February, o5 on 10 February: 130,000, GCI 50,000 x 3% + 80,000 x 2.5%.
		assertThat(panel.rows().get(1).subList(0, 3)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("previous", n("130000"), n("3500.00"));
	}

	@Test
	void leadAppointmentStageAndMessageFiguresFollowTheirDefinitions() {
		Panel panel = kpi(DataScope.brokerage(), "leads", "lead_conversion_rate", "speed_to_lead_minutes",
				"appointments_set", "appointments_held", "appointments_no_show", "no_show_rate", "stage_entries",
				"stage_conversion", "messages_outbound", "revenue_target", "quota_attainment");

		// c6 arrived at 23:30 on 28 February local; a1 and a2 were booked, a1 held; o3 and o9 entered New and neither
		// moved on to Offer; the workflow's SMS does not count; targets 250,000 + 200,000.
		assertThat(panel.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("3"), n("33.3"), n("90.0"), n("2"), n("1"), n("0"), n("0.0"), n("2"),
					n("0.0"), n("4"), n("450000.00"), n("140.0"));
	}

	@Test
	void costsAndMarketFiguresFollowTheirDefinitions() {
		Panel sources = this.blocks.compute(block(BlockView.TABLE, Dimension.SOURCE, Map.of(), null,
				"marketing_cost", "leads", "cost_per_lead", "roi"), MARCH, FEBRUARY, DataScope.brokerage());
		// zillow: 3,000 for 2 leads and 500,000 won; referral: 1,000 for 1 lead and 100,000 won.
		assertThat(byKey(sources).get("zillow")).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("zillow", "zillow", n("3000.00"), n("2"), n("1500.00"), n("16566.7"));
		assertThat(byKey(sources).get("referral").subList(2, 6)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly(n("1000.00"), n("1"), n("1000.00"), n("9900.0"));

		Panel market = kpi(DataScope.brokerage(), "market_sales", "median_sale_price", "price_per_sqft");
		// 100,000, 200,000, 300,000, 500,000; per sq ft 100, 200, 250 (the 98002 sale has no living area).
		assertThat(market.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("4"), n("250000.00"), n("200.00"));
	}

	@Test
	void aTeamScopeAndAnAgentScopeSeeOnlyTheirRecords() {
		Panel team = kpi(DataScope.team(1, List.of(1L, 2L)), "revenue", "deals_won", "leads", "messages_outbound");
		Panel ann = kpi(DataScope.agent(1), "revenue", "deals_won", "leads", "messages_outbound");
		Panel costs = kpi(DataScope.agent(1), "marketing_cost");

		assertThat(team.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("600000"), n("3"), n("3"), n("4"));
		assertThat(ann.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("300000"), n("2"), n("2"), n("2"));
		assertThat(costs.rows().get(0).get(1)).isNull();
	}

	@Test
	void aBreakdownByAgentNamesEachAgentAndRanksByTheFirstMetric() {
		Panel panel = this.blocks.compute(block(BlockView.BAR, Dimension.AGENT, Map.of(), 2, "revenue", "deals_lost"),
				MARCH, FEBRUARY, DataScope.brokerage());

		assertThat(panel.columns().get(0).unit()).isEqualTo(Unit.ID);
		assertThat(panel.rows()).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly(List.of(n("1"), "Ann Agent", n("300000"), n("0")),
					List.of(n("2"), "Bob Broker", n("300000"), n("1")));
	}

	@Test
	void filtersKeepOnlyTheChosenValues() {
		Panel zillow = this.blocks.compute(block(BlockView.KPI, null,
				Map.of(Dimension.SOURCE, List.of("zillow")), null, "revenue", "leads"), MARCH, FEBRUARY,
				DataScope.brokerage());
		Panel none = this.blocks.compute(block(BlockView.KPI, null,
				Map.of(Dimension.SOURCE, List.of("(none)"), Dimension.AGENT, List.of("3")), null, "revenue"),
				MARCH, FEBRUARY, DataScope.brokerage());

		assertThat(zillow.rows().get(0)).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly("current", n("500000"), n("2"));
		assertThat((BigDecimal) none.rows().get(0).get(1)).isEqualByComparingTo("30000");
	}

	@Test
	void periodBucketsFollowTheLocationsLocalDates() {
		Panel weeks = this.blocks.compute(block(BlockView.LINE, Dimension.WEEK, Map.of(), null, "revenue"), MARCH,
				FEBRUARY, DataScope.brokerage());
		Panel months = this.blocks.compute(block(BlockView.LINE, Dimension.MONTH, Map.of(), null, "revenue"), MARCH,
				FEBRUARY, DataScope.brokerage());

		// o1 on 5 March, o2 at 08:00 on 15 March, o10 on 20 March, o3 at 23:30 on 31 March, all local. A period is
		// its own label: one column, a date (a week by its Monday) or a month.
		assertThat(weeks.rows()).usingElementComparator(BlockQueryIntegrationTests::compare).containsExactly(
				List.of("2026-02-23", n("0")),
				List.of("2026-03-02", n("200000")),
				List.of("2026-03-09", n("100000")),
				List.of("2026-03-16", n("30000")),
				List.of("2026-03-23", n("0")),
				List.of("2026-03-30", n("300000")));
		assertThat(months.rows()).usingElementComparator(BlockQueryIntegrationTests::compare)
			.containsExactly(List.of("2026-03", n("630000")));
		assertThat(months.columns().get(0).unit()).isEqualTo(Unit.MONTH);
		assertThat(weeks.columns()).extracting(Column::key).containsExactly("week", "revenue");
	}

	@Test
	void invalidBlocksAreRefusedNamingTheBadValue() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.KPI, null, Map.of(), null, "revenu")))
			.withMessageContaining("'revenu'").withMessageContaining("no such metric");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.TABLE, Dimension.STAGE, Map.of(), null, "leads")))
			.withMessageContaining("leads").withMessageContaining("stage");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.KPI, null,
					Map.of(Dimension.PROPERTY_TYPE, List.of("1")), null, "appointments_set")))
			.withMessageContaining("property_type").withMessageContaining("appointments_set");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.TABLE, null, Map.of(), null, "revenue")))
			.withMessageContaining("needs a dimension");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.LINE, Dimension.TEAM, Map.of(), null, "revenue")))
			.withMessageContaining("'team'").withMessageContaining("period dimension");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.KPI, null, Map.of(), null)))
			.withMessageContaining("at least one metric");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.blocks.validate(block(BlockView.LINE, Dimension.MONTH, Map.of(), null,
					"pipeline_value")))
			.withMessageContaining("pipeline_value").withMessageContaining("month");
	}

	private Panel kpi(DataScope scope, String... metrics) {
		return this.blocks.compute(block(BlockView.KPI, null, Map.of(), null, metrics), MARCH, FEBRUARY, scope);
	}

	static BlockDefinition block(BlockView view, Dimension dimension, Map<Dimension, List<String>> filters,
			Integer limit, String... metrics) {
		return new BlockDefinition("Test block", List.of(metrics), dimension, filters, view, limit);
	}

	static Map<Object, List<Object>> byKey(Panel panel) {
		return panel.rows().stream().collect(java.util.stream.Collectors.toMap((row) -> row.get(0), (row) -> row));
	}

	// Numbers equal in value are equal whatever their scale; rows compare element by element.
	static int compare(Object actual, Object expected) {
		if (actual instanceof BigDecimal a && expected instanceof BigDecimal e) {
			return a.compareTo(e);
		}
		if (actual instanceof List<?> a && expected instanceof List<?> e && a.size() == e.size()) {
			for (int i = 0; i < a.size(); i++) {
				int difference = compare(a.get(i), e.get(i));
				if (difference != 0) {
					return difference;
				}
			}
			return 0;
		}
		return java.util.Objects.equals(actual, expected) ? 0 : 1;
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
