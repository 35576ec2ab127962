package io.keystonebi.reports.funnel;

import java.time.LocalDate;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.scope.DataScope;

import static io.keystonebi.reports.funnel.FunnelFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel page on the fixture {@code FunnelFixture/marchLeads.sql}, March 2026 against the 31 days before
 * (29 January to 28 February) and the norm of March 2025 to February 2026. Worked out by hand, each lead placed at
 * the furthest stage it reached by 1 April 00:00 New York time:
 * <pre>
 * L1 zillow   Ann  texted 2 h after creation, New, Showing (qualified), Offer (proposal), won 20 Mar  -> Closed, won
 * L2 zillow   Ann  Contacted 72 h after creation, Showing, lost                                      -> Qualified, lost
 * L3 referral Bob  appointment booked 6 h after creation, no deal                                     -> Contacted, open
 * L4 referral Bob  only a workflow text and an inbound text; its only deal is deleted                 -> Lead, open
 * L5 (none)   -    Offer on 25 Mar, deal open                                                         -> Proposal, open
 * L6 zillow   Ann  New on 26 Mar, won only on 5 Apr (after the period)                                -> Lead, open
 * L7 referral Bob  Contacted 25 h after creation (its own funnel_stage says qualified), idle since 5 Mar -> Contacted
 * </pre>
 * Reached: Lead 7, Contacted 5, Qualified 3, Proposal 2, Closed 1. February: L8 (Offer, won) and L9 (nothing):
 * 2, 1, 1, 1, 1. The norm adds L10 (Contacted), L11 (Showing, lost), L12 (Offer, won): 5, 4, 3, 2, 2.
 */
@FunnelPanelsTest
class FunnelPanelsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

	@Autowired
	PanelService panels;

	@Autowired
	Jdbi jdbi;

	@Test
	void thePageHasItsPanelsInOrder() {
		FunnelFixture.marchLeads(this.jdbi);

		assertThat(march(DataScope.brokerage()).panels()).extracting(Panel::id)
			.containsExactly("stage_conversion", "dropoff_causes", "by_source", "by_agent", "by_period", "bottlenecks",
					"experiments", "velocity");
	}

	@Test
	void stageConversionIsEachStepsShareOfTheLeadsThatReachedItBesideTheComparedPeriods() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("stage_conversion").orElseThrow();

		assertThat(lines(panel)).containsExactly("Lead \u2192 Contacted | lead | 71.4 | 50.0",
				"Contacted \u2192 Qualified | contacted | 60.0 | 100.0",
				"Qualified \u2192 Proposal | qualified | 66.7 | 100.0", "Proposal \u2192 Closed | proposal | 50.0 | 100.0");
		assertThat(panel.drill().rows()).isEqualTo(RowSet.LEADS);
		assertThat(panel.drill().byColumn()).isEqualTo(Map.of("funnel_stage", "funnel_stage"));
		assertThat(panel.findings()).containsExactly("The weakest step is Proposal \u2192 Closed at 50.0 %.",
				"Proposal \u2192 Closed moved most against the compared period: 50.0 % from 100.0 % (down 50.0 points).");
	}

	@Test
	void againstTargetsThereIsNoComparedPeriodToShow() {
		FunnelFixture.marchLeads(this.jdbi);

		PanelPage page = this.panels.page("funnel", SummaryRequest.parse("2026-03-01", "2026-03-31", null, "target"),
				DataScope.brokerage(), TODAY);

		assertThat(page.compareFrom()).isNull();
		assertThat(lines(page.panel("stage_conversion").orElseThrow())).containsExactly(
				"Lead \u2192 Contacted | lead | 71.4 | null", "Contacted \u2192 Qualified | contacted | 60.0 | null",
				"Qualified \u2192 Proposal | qualified | 66.7 | null", "Proposal \u2192 Closed | proposal | 50.0 | null");
		assertThat(lines(page.panel("by_period").orElseThrow())).first().isEqualTo("2026-02-23 | null | null | 0 | null");
	}

	@Test
	void dropoffCausesAreTheSourcesAgentsSpeedToLeadAndIdleDealsTheDataSupports() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("dropoff_causes").orElseThrow();

		String speed = "Leads not contacted within 24 h convert 50.0 points lower than those contacted in time "
				+ "(0.0 % vs 50.0 %).";
		String referral = "Leads from referral drop out at Contacted 2.5\u00d7 as often as the average lead "
				+ "(100.0 % vs 40.0 %).";
		String bob = "Leads of Bob Broker drop out at Contacted 2.5\u00d7 as often as the average lead (100.0 % vs 40.0 %).";
		String idle = "1 open lead at Contacted has a deal with no activity or stage change for more than 14 days.";
		String zillow = "Leads from zillow drop out at Qualified 1.5\u00d7 as often as the average lead (50.0 % vs 33.3 %).";
		String ann = "Leads of Ann Agent drop out at Qualified 1.5\u00d7 as often as the average lead (50.0 % vs 33.3 %).";
		assertThat(lines(panel)).containsExactly("Lead | lead | 7 | 28.6 | " + speed,
				"Contacted | contacted | 5 | 40.0 | " + referral + " " + bob + " " + idle,
				"Qualified | qualified | 3 | 33.3 | " + zillow + " " + ann,
				"Proposal | proposal | 2 | 50.0 | No cause stands out in the data.");
		assertThat(panel.findings()).containsExactly(speed, referral, bob);
	}

	@Test
	void theFunnelBySourceAndByAgentCountsEachGroupsLeadsThatReachedEachStage() {
		FunnelFixture.marchLeads(this.jdbi);
		PanelPage page = march(DataScope.brokerage());

		Panel bySource = page.panel("by_source").orElseThrow();
		assertThat(bySource.columns()).extracting(Column::key)
			.containsExactly("source", "lead", "contacted", "qualified", "proposal", "closed");
		assertThat(lines(bySource)).containsExactly("referral | 3 | 2 | 0 | 0 | 0", "zillow | 3 | 2 | 2 | 1 | 1",
				"(none) | 1 | 1 | 1 | 1 | 0");
		assertThat(lines(page.panel("by_agent").orElseThrow())).containsExactly("Ann Agent | 1 | 3 | 2 | 2 | 1 | 1",
				"Bob Broker | 2 | 3 | 2 | 0 | 0 | 0", "Unassigned | null | 1 | 1 | 1 | 1 | 0");
		assertThat(page.panel("by_agent").orElseThrow().drill().byColumn()).isEqualTo(Map.of("agent_id", "agent"));
	}

	@Test
	void conversionByWeekSetsEachWeekBesideTheComparedPeriodsWeekOfTheSamePlace() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("by_period").orElseThrow();

		assertThat(panel.columns().get(0).key()).isEqualTo("week");
		assertThat(lines(panel)).containsExactly("2026-02-23 | null | null | 0 | 0", "2026-03-02 | 33.3 | null | 3 | 0",
				"2026-03-09 | 0.0 | 50.0 | 1 | 2", "2026-03-16 | 0.0 | null | 2 | 0", "2026-03-23 | 0.0 | null | 1 | 0",
				"2026-03-30 | null | null | 0 | null");
		assertThat(panel.findings())
			.containsExactly("Conversion is 14.3 % against 50.0 % in the compared period (down 35.7 points).");
	}

	@Test
	void aStepConvertingMoreThanTwentyPercentBelowTheNormIsABottleneck() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("bottlenecks").orElseThrow();

		String flagged = "Proposal \u2192 Closed converts 50.0 %, 50 % below the norm (the 12 months before the period) "
				+ "of 100.0 %.";
		// Contacted -> Qualified is exactly 20 % below its norm (60.0 against 75.0): not more, so not flagged.
		assertThat(lines(panel)).containsExactly(
				"Lead \u2192 Contacted | lead | 71.4 | 80.0 | -8.6 | no | Within 20 % of the norm (80.0 %).",
				"Contacted \u2192 Qualified | contacted | 60.0 | 75.0 | -15.0 | no | Within 20 % of the norm (75.0 %).",
				"Qualified \u2192 Proposal | qualified | 66.7 | 66.7 | 0.0 | no | Within 20 % of the norm (66.7 %).",
				"Proposal \u2192 Closed | proposal | 50.0 | 100.0 | -50.0 | yes | " + flagged);
		assertThat(panel.findings()).containsExactly(flagged);
	}

	@Test
	void experimentsCompareTheCohortsConversionWithATwoProportionZTest() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("experiments").orElseThrow();

		// zillow 1 of 3 (L1; L6 won only after the period), referral 0 of 3: pooled 1/6, z = -1.0954, p = 0.2733.
		// The tag Spring-Promo is on L6 alone: 0 of 1 against 1 of 3, pooled 1/4, z = -0.6667, p = 0.5050.
		String first = "Zillow vs referral: source Referral converts 0.0 % against 33.3 % for source zillow "
				+ "(-33.3 points, p = 0.273): not significant at 5 %.";
		String second = "Spring promo: tag spring-promo converts 0.0 % against 33.3 % for source zillow "
				+ "(-33.3 points, p = 0.505): not significant at 5 %.";
		assertThat(lines(panel)).containsExactly(
				"Zillow vs referral | source zillow | 3 | 1 | 33.3 | source Referral | 3 | 0 | 0.0 | -33.3 | 0.2733 | no | "
						+ first,
				"Spring promo | source zillow | 3 | 1 | 33.3 | tag spring-promo | 1 | 0 | 0.0 | -33.3 | 0.5050 | no | "
						+ second);
		assertThat(panel.findings()).containsExactly(first, second);
	}

	@Test
	void velocityIsTheMedianTimeFromEachStageToTheNextOneReached() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("velocity").orElseThrow();

		// Lead: L1 2 h, L3 6 h, L7 25 h, L2 72 h, L5 5 days (straight to Proposal): median 25 h = 1.0 day.
		// Contacted: L1 2 days 23 h, L2 4 days: 3.5. Qualified: L1 4 days. Proposal: L1 11 days.
		assertThat(lines(panel)).containsExactly("Lead | lead | 1.0 | 5", "Contacted | contacted | 3.5 | 2",
				"Qualified | qualified | 4.0 | 1", "Proposal | proposal | 11.0 | 1");
		assertThat(panel.findings()).containsExactly("Leads wait longest after Proposal: a median of 11.0 days.");
	}

	@Test
	void anAgentSeesTheFunnelOfTheirOwnLeadsOnly() {
		FunnelFixture.marchLeads(this.jdbi);

		PanelPage page = march(DataScope.agent(1));

		// Ann's leads: L1 (Closed), L2 (Qualified), L6 (Lead); in February L8 (Closed).
		assertThat(lines(page.panel("by_agent").orElseThrow())).containsExactly("Ann Agent | 1 | 3 | 2 | 2 | 1 | 1");
		assertThat(lines(page.panel("stage_conversion").orElseThrow())).containsExactly(
				"Lead \u2192 Contacted | lead | 66.7 | 100.0", "Contacted \u2192 Qualified | contacted | 100.0 | 100.0",
				"Qualified \u2192 Proposal | qualified | 50.0 | 100.0", "Proposal \u2192 Closed | proposal | 100.0 | 100.0");
		assertThat(lines(page.panel("experiments").orElseThrow())).containsExactly(
				"Zillow vs referral | source zillow | 3 | 1 | 33.3 | source Referral | 0 | 0 | null | null | null | null | "
						+ "Zillow vs referral: no leads of source Referral in the period, nothing to compare.",
				"Spring promo | source zillow | 3 | 1 | 33.3 | tag spring-promo | 1 | 0 | 0.0 | -33.3 | 0.5050 | no | "
						+ "Spring promo: tag spring-promo converts 0.0 % against 33.3 % for source zillow "
						+ "(-33.3 points, p = 0.505): not significant at 5 %.");
	}

	@Test
	void anEmptyWarehouseHasEveryPanelWithoutRowsButTheConfiguredExperiments() {
		FunnelFixture.empty(this.jdbi);

		PanelPage page = march(DataScope.brokerage());

		assertThat(page.panels()).hasSize(8);
		assertThat(page.panels()).filteredOn((panel) -> !panel.id().equals("experiments")).allMatch(Panel::empty);
		assertThat(lines(page.panel("experiments").orElseThrow())).containsExactly(
				"Zillow vs referral | source zillow | 0 | 0 | null | source Referral | 0 | 0 | null | null | null | null | "
						+ "Zillow vs referral: no leads of source zillow in the period, nothing to compare.",
				"Spring promo | source zillow | 0 | 0 | null | tag spring-promo | 0 | 0 | null | null | null | null | "
						+ "Spring promo: no leads of source zillow in the period, nothing to compare.");
	}

	private PanelPage march(DataScope scope) {
		return this.panels.page("funnel", SummaryRequest.parse("2026-03-01", "2026-03-31", null, "previous"), scope,
				TODAY);
	}

}
