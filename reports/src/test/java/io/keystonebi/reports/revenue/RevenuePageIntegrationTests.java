package io.keystonebi.reports.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revenue page over {@link RevenueFixtures#harborHomes}, for March 2026. Worked by hand: won in March (local)
 * are o1 200,000 (Ann, House, zillow, Acme), o2 100,000 (Ann, Condo, referral, Lead One), o3 300,000 (Bob, House,
 * zillow, Jane; 23:30 on 31 March local) and o10 30,000 (Cat, House, no source, Acme): 630,000 in 4 deals. o4
 * (23:30 on 28 February local) is February's. GCI at 3% for House (no rate), 2.5% for Condo: Ann 6,000 + 2,500,
 * Bob 9,000, Cat 900.
 */
@PanelsIntegrationTest
class RevenuePageIntegrationTests {

	@Autowired
	PanelService panels;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void loadFixture() {
		RevenueFixtures.harborHomes(this.jdbi);
	}

	@Test
	void theBreakdownsSumTheDealsWonInTheLocalPeriodWithTheirGci() {
		PanelPage page = march(DataScope.brokerage());

		assertThat(rows(page, "by_agent")).containsExactly(row("Ann Agent", 1, "300000.00", 2, "8500.00"),
				row("Bob Broker", 2, "300000.00", 1, "9000.00"), row("Cat Closer", 3, "30000.00", 1, "900.00"));
		assertThat(rows(page, "by_team")).containsExactly(row("Team East", 1, "600000.00", 3, "17500.00"),
				row("(no team)", null, "30000.00", 1, "900.00"));
		assertThat(rows(page, "by_source")).containsExactly(row("zillow", "500000.00", 2, "15000.00"),
				row("referral", "100000.00", 1, "2500.00"), row("(none)", "30000.00", 1, "900.00"));
		assertThat(rows(page, "by_property_type")).containsExactly(row("House", 2, "530000.00", 3, "15900.00"),
				row("Condo", 1, "100000.00", 1, "2500.00"));
		assertThat(page.panel("by_agent").orElseThrow().drill().rows()).isEqualTo(RowSet.DEALS);
		assertThat(page.panel("by_agent").orElseThrow().drill().filters()).isEqualTo(Map.of("date", "won", "status", "won"));
		assertThat(page.panel("by_agent").orElseThrow().drill().byColumn()).isEqualTo(Map.of("agent_id", "agent"));
		assertThat(page.panel("by_source").orElseThrow().drill().byColumn()).isEqualTo(Map.of("source", "source"));
	}

	@Test
	void commissionSplitsGciSeventyThirtyBetweenAgentAndCompany() {
		// Ann: 8,500 x 70% = 5,950 and 2,550; Bob: 9,000 -> 6,300 and 2,700; Cat: 900 -> 630 and 270.
		Panel commission = march(DataScope.brokerage()).panel("commission").orElseThrow();

		assertThat(commission.rows()).containsExactly(row("Ann Agent", 1, 2, "300000.00", "8500.00", "5950.00", "2550.00"),
				row("Bob Broker", 2, 1, "300000.00", "9000.00", "6300.00", "2700.00"),
				row("Cat Closer", 3, 1, "30000.00", "900.00", "630.00", "270.00"));
		assertThat(commission.without(java.util.Set.of(Sensitivity.COMMISSION)).columns())
			.extracting((column) -> column.key()).containsExactly("agent", "agent_id", "deals", "revenue");
	}

	@Test
	void pipelineValueWeighsEachOpenDealByItsStagesProbability() {
		// Open at March's end: o6 400,000 in Offer (configured 0.5) and o9 100,000 in New (learned: o3 won, o7 lost).
		assertThat(rows(march(DataScope.brokerage()), "pipeline_value")).containsExactly(
				row("Closed (won in the period)", "630000.00", 4, "won"),
				row("Open pipeline at the period's end", "500000.00", 2, "open_at_end"),
				row("Weighted pipeline", "250000.00", 2, "open_at_end"));
	}

	@Test
	void revenueAgainstTargetComparesTheMonthWithTheAgentsSummedTargets() {
		// Ann 250,000 + Bob 200,000 for March; 630,000 / 450,000 = 140%.
		Panel panel = march(DataScope.brokerage()).panel("against_target").orElseThrow();

		assertThat(panel.rows()).containsExactly(row("2026-03", "630000.00", "450000.00", "140.0"));
		assertThat(panel.findings()).containsExactly(
				"Revenue of the period is 630000.00 against a target of 450000.00: 140.0% attainment.");
	}

	@Test
	void aTargetOfAMonthOnlyPartlyInThePeriodCountsByItsDays() {
		// 1-15 March: Ann's o1 and o2 (300,000); targets 450,000 x 15/31 = 217,741.94; 300,000 / 217,741.94 = 137.8%.
		PanelPage page = this.panels.page("revenue", SummaryRequest.parse("2026-03-01", "2026-03-15", null, "target"),
				DataScope.brokerage(), LocalDate.of(2026, 4, 2));

		assertThat(rows(page, "against_target")).containsExactly(row("2026-03", "300000.00", "217741.94", "137.8"));
	}

	@Test
	void revenueByMonthQuarterAndYearCountsWholeCalendarMonthsEndingWithThePeriod() {
		// o8 150,000 in June 2025; o4 50,000 + o5 80,000 in February 2026; 630,000 in March.
		PanelPage page = march(DataScope.brokerage());

		List<List<Object>> months = rows(page, "by_month");
		assertThat(months).hasSize(13);
		assertThat(months.get(0)).isEqualTo(row("2025-03", "0", "0"));
		assertThat(months.get(3)).isEqualTo(row("2025-06", "150000.00", 1));
		assertThat(months.subList(11, 13)).containsExactly(row("2026-02", "130000.00", 2), row("2026-03", "630000.00", 4));
		List<List<Object>> quarters = rows(page, "by_quarter");
		assertThat(quarters).hasSize(8);
		assertThat(quarters.get(0).get(0)).isEqualTo("2024-Q2");
		assertThat(quarters.subList(4, 8)).containsExactly(row("2025-Q2", "150000.00", 1), row("2025-Q3", "0", "0"),
				row("2025-Q4", "0", "0"), row("2026-Q1", "760000.00", 6));
		assertThat(rows(page, "by_year")).containsExactly(row("2022", "0", "0"), row("2023", "0", "0"),
				row("2024", "0", "0"), row("2025", "150000.00", 1), row("2026", "760000.00", 6));
		assertThat(page.panel("by_quarter").orElseThrow().drill().byColumn()).isEqualTo(Map.of("quarter", "quarter"));
	}

	@Test
	void averageDealSizeIsRevenueOverDealsWonEachMonth() {
		List<List<Object>> trend = rows(march(DataScope.brokerage()), "deal_size_trend");

		assertThat(trend.get(3)).isEqualTo(row("2025-06", "150000.00", 1));
		assertThat(trend.get(4)).isEqualTo(row("2025-07", null, "0"));
		assertThat(trend.subList(11, 13)).containsExactly(row("2026-02", "65000.00", 2), row("2026-03", "157500.00", 4));
	}

	@Test
	void concentrationFlagsTopClientsAboveTheThresholdWithTheHerfindahlIndex() {
		// Jane 300,000, Acme 230,000, Lead One 100,000 of 630,000: 47.6%, 36.5%, 15.9%; all three are the top
		// clients (100% > 50%). Herfindahl (300^2 + 230^2 + 100^2) / 630^2 = 152,900 / 396,900 = 0.3852.
		Panel panel = march(DataScope.brokerage()).panel("concentration").orElseThrow();

		assertThat(panel.rows()).containsExactly(row(1, "Jane Buyer", 2, "300000.00", 1, "47.6"),
				row(2, "Acme Holdings", 1, "230000.00", 2, "36.5"), row(3, "Lead One", 3, "100000.00", 1, "15.9"));
		assertThat(panel.findings()).containsExactly(
				"The top 3 of 3 clients bring 100.0% of revenue: above the 50% threshold, so revenue is concentrated.",
				"Herfindahl index over 3 clients: 0.3852.");
		assertThat(panel.columns().get(1).sensitivity()).isEqualTo(Sensitivity.PERSONAL);
	}

	@Test
	void anAgentScopeSeesOnlyItsOwnDeals() {
		PanelPage page = march(DataScope.agent(1));

		assertThat(rows(page, "by_agent")).containsExactly(row("Ann Agent", 1, "300000.00", 2, "8500.00"));
		assertThat(rows(page, "pipeline_value")).extracting((row) -> row.get(1))
			.containsExactly(new BigDecimal("300000.00"), new BigDecimal("400000.00"), new BigDecimal("200000.00"));
		assertThat(rows(page, "against_target")).containsExactly(row("2026-03", "300000.00", "250000.00", "120.0"));
	}

	@Test
	void aTeamScopeSeesItsMembersDeals() {
		PanelPage page = march(DataScope.team(1, List.of(1L, 2L)));

		assertThat(rows(page, "by_team")).containsExactly(row("Team East", 1, "600000.00", 3, "17500.00"));
		assertThat(rows(page, "concentration")).extracting((row) -> row.get(1))
			.containsExactly("Jane Buyer", "Acme Holdings", "Lead One");
	}

	private PanelPage march(DataScope scope) {
		return this.panels.page("revenue", SummaryRequest.parse("2026-03-01", "2026-03-31", null, null), scope,
				LocalDate.of(2026, 4, 2));
	}

	private static List<List<Object>> rows(PanelPage page, String id) {
		return page.panel(id).orElseThrow().rows();
	}

	// Numbers as the panel holds them: BigDecimal, compared by value and scale.
	static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>(Arrays.asList(values));
		for (int i = 0; i < row.size(); i++) {
			// The first column is a category: a year such as "2026" stays text.
			if (row.get(i) instanceof String text && i > 0 && text.matches("-?[0-9.]+")) {
				row.set(i, new BigDecimal(text));
			}
			else if (row.get(i) instanceof Integer number) {
				row.set(i, new BigDecimal(number));
			}
		}
		return row;
	}

}
