package io.keystonebi.reports.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.reports.funnel.FunnelFixture;
import io.keystonebi.reports.funnel.FunnelPanelsTest;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.scope.DataScope;

import static io.keystonebi.reports.funnel.FunnelFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline page on the fixture {@code FunnelFixture/marchLeads.sql}, March 2026 in New York; the leads are
 * placed in the funnel as described in {@code FunnelPanelsIntegrationTests}: L1 Closed (won), L2 Qualified (lost),
 * L3 Contacted, L4 Lead, L5 Proposal, L6 Lead (its deal won only in April), L7 Contacted (idle).
 */
@FunnelPanelsTest
class PipelinePanelsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

	@Autowired
	PanelService panels;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PipelinePanels pipeline;

	@Test
	void thePageHasItsPanelsInOrder() {
		FunnelFixture.marchLeads(this.jdbi);

		assertThat(march(DataScope.brokerage()).panels()).extracting(Panel::id)
			.containsExactly("funnel", "lead_flow", "lead_sources", "stage_velocity", "lead_aging", "temperature",
					"conversion_by_source", "conversion_by_agent", "conversion_by_period", "stage_dropoff",
					"activity_heatmap");
	}

	@Test
	void theFunnelCountsThePeriodsLeadsThatReachedEachStage() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("funnel").orElseThrow();

		// Not counted: a customer contact and a deleted lead created in March, and the leads of February.
		assertThat(lines(panel)).containsExactly("Lead | lead | 7", "Contacted | contacted | 5",
				"Qualified | qualified | 3", "Proposal | proposal | 2", "Closed | closed | 1");
		assertThat(panel.drill().rows()).isEqualTo(RowSet.LEADS);
		assertThat(panel.drill().byColumn()).isEqualTo(Map.of("funnel_stage", "funnel_stage"));
		assertThat(panel.findings()).containsExactly("1 of 7 leads (14.3 %) closed with a won deal.",
				"Most leads are lost at Proposal: 50.0 % of the 2 that reached it went no further.");
	}

	@Test
	void leadsFlowFromTheirSourceToTheirFurthestStageAndOnToTheirOutcome() {
		FunnelFixture.marchLeads(this.jdbi);

		assertThat(lines(march(DataScope.brokerage()).panel("lead_flow").orElseThrow())).containsExactly(
				"Contacted | Open | 2", "Lead | Open | 2", "referral | Contacted | 2", "(none) | Proposal | 1",
				"Closed | Won | 1", "Proposal | Open | 1", "Qualified | Lost | 1", "referral | Lead | 1",
				"zillow | Closed | 1", "zillow | Lead | 1", "zillow | Qualified | 1");
	}

	@Test
	void leadSourcesAreCountedByWeekAndByMonthOverLongerPeriods() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel weekly = march(DataScope.brokerage()).panel("lead_sources").orElseThrow();
		assertThat(lines(weekly)).containsExactly("2026-03-02 | zillow | 2", "2026-03-02 | referral | 1",
				"2026-03-09 | referral | 1", "2026-03-16 | (none) | 1", "2026-03-16 | referral | 1",
				"2026-03-23 | zillow | 1");
		assertThat(weekly.drill().byColumn()).isEqualTo(Map.of("week", "week", "source", "source"));

		// 1 January to 31 March is 90 days: by month. February has L8 and L9.
		Panel monthly = this.panels.page("pipeline", SummaryRequest.parse("2026-01-01", "2026-03-31", null, null),
				DataScope.brokerage(), TODAY).panel("lead_sources").orElseThrow();
		assertThat(lines(monthly)).containsExactly("2026-02 | referral | 1", "2026-02 | zillow | 1",
				"2026-03 | referral | 3", "2026-03 | zillow | 3", "2026-03 | (none) | 1");
		assertThat(monthly.drill().byColumn()).isEqualTo(Map.of("month", "month", "source", "source"));
	}

	@Test
	void stageVelocityIsTheMedianStayOfTheStageEntriesInThePeriod() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("stage_velocity").orElseThrow();

		// New: O1 2 days, O6 10 days (its next entry is in April); Contacted: O2 4 days (O7 still there);
		// Showing: O1 4, O2 2; Offer: O1 11 (O5 still there). Won and Lost entries are never followed.
		assertThat(lines(panel)).containsExactly("New | 1 | 6.0 | 2", "Contacted | 2 | 4.0 | 1", "Showing | 3 | 3.0 | 2",
				"Offer | 4 | 11.0 | 1");
		assertThat(panel.drill().rows()).isEqualTo(RowSet.DEALS);
		assertThat(panel.drill().filters()).isEqualTo(Map.of("date", "entered_stage"));
		assertThat(panel.findings()).containsExactly(
				"Deals stay longest in Offer: a median of 11.0 days before their next stage.",
				"4 of the period's stage entries have no later entry yet (the deal is still there, or the stage "
						+ "closed it) and are not timed.");
	}

	@Test
	void agingCountsWhatIsOpenAtThePeriodsEndByDaysSinceCreation() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("lead_aging").orElseThrow();

		// Leads: L6 (6 days); L3 (21), L4 (15), L5 (11), L7 (27); L9 (44); L10 (294). Not L1, L8, L12 (won), L2, L11
		// (lost). Deals: O5 (6), O6 (5, won after the period), O15 (7: created at the local midnight starting
		// 24 March); O7 (26), O16 (8: a minute earlier); O10 (293); O13 has no creation date.
		assertThat(lines(panel)).containsExactly("0-7 | 1 | 3", "8-30 | 4 | 2", "31-60 | 1 | 0", "61-90 | 0 | 0",
				"90+ | 1 | 1");
		assertThat(panel.findings()).containsExactly("2 of 13 open leads and deals (15.4 %) are more than 90 days old.",
				"1 open deal has no creation date and is left out.");
	}

	@Test
	void theTemperatureOfOpenLeadsComesFromTheRecencyOfTheirLastTouchAndTheirProgress() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("temperature").orElseThrow();

		// Days before 1 April: L5 6.6 (45) + Proposal (40) = 85 hot; L6 5.6 (45) = 45 warm; L3 21.3 (15) + Contacted
		// (10) = 25, L7 26.5 (15) + 10 = 25, L4 15.5 (15) = 15: cold.
		assertThat(lines(panel)).containsExactly("Hot | 1", "Warm | 1", "Cold | 3");
		assertThat(panel.description()).contains("no engagement score");
		assertThat(panel.findings()).containsExactly("1 of 5 open leads (20.0 %) are hot.");
	}

	@Test
	void conversionBySourceAgentAndWeekIsTheCohortRateWithItsLeads() {
		FunnelFixture.marchLeads(this.jdbi);
		PanelPage page = march(DataScope.brokerage());

		Panel bySource = page.panel("conversion_by_source").orElseThrow();
		assertThat(lines(bySource)).containsExactly("referral | 0.0 | 3 | 0", "zillow | 33.3 | 3 | 1",
				"(none) | 0.0 | 1 | 0");
		assertThat(bySource.findings())
			.containsExactly("Leads from zillow convert best: 33.3 % of 3; leads from referral least: 0.0 % of 3.");

		Panel byAgent = page.panel("conversion_by_agent").orElseThrow();
		assertThat(byAgent.columns().get(1).key()).isEqualTo("agent_id");
		assertThat(lines(byAgent)).containsExactly("Ann Agent | 1 | 33.3 | 3 | 1", "Bob Broker | 2 | 0.0 | 3 | 0",
				"Unassigned | null | 0.0 | 1 | 0");
		assertThat(byAgent.findings()).containsExactly(
				"Ann Agent's leads convert best: 33.3 % of 3; Bob Broker's leads least: 0.0 % of 3.");

		assertThat(lines(page.panel("conversion_by_period").orElseThrow())).containsExactly("2026-02-23 | null | 0 | 0",
				"2026-03-02 | 33.3 | 3 | 1", "2026-03-09 | 0.0 | 1 | 0", "2026-03-16 | 0.0 | 2 | 0",
				"2026-03-23 | 0.0 | 1 | 0", "2026-03-30 | null | 0 | 0");
	}

	@Test
	void dropOffIsWhatDidNotGoOnFromEachStage() {
		FunnelFixture.marchLeads(this.jdbi);

		assertThat(lines(march(DataScope.brokerage()).panel("stage_dropoff").orElseThrow())).containsExactly(
				"Lead | lead | 28.6 | 7 | 2", "Contacted | contacted | 40.0 | 5 | 2", "Qualified | qualified | 33.3 | 3 | 1",
				"Proposal | proposal | 50.0 | 2 | 1");
	}

	@Test
	void theHeatMapPutsActivityAndStageChangesOnTheLocalWeekdayAndHour() {
		FunnelFixture.marchLeads(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("activity_heatmap").orElseThrow();

		// Thursday 10:00: O1 and O7 entered stages on 5 March (EST), O2 on 12 March and O6 on 26 March (EDT).
		// Monday 11:00: the text to L1 (2 March, EST), O1's Offer (9 March, EDT) and L4's inbound text. GHL's
		// activity entry on L2 is not counted.
		assertThat(panel.rows()).hasSize(7 * 24);
		assertThat(cellsWithEvents(panel)).containsExactly("10 | Mon | 1",
				"11 | Mon | 3", "9 | Tue | 1", "10 | Tue | 2", "16 | Tue | 1", "10 | Wed | 2", "10 | Thu | 4",
				"14 | Thu | 1", "9 | Fri | 1", "11 | Fri | 1");
		assertThat(panel.rows())
			.allMatch((row) -> ((Number) row.get(3)).intValue() == PipelinePanels.WEEKDAYS.indexOf(row.get(1)) + 1);
		assertThat(panel.drill().byColumn()).isEqualTo(Map.of("iso_weekday", "weekday", "hour", "hour"));
		assertThat(panel.findings()).containsExactly("The busiest hour is Thu 10:00-10:59 with 4 of 17 events.");
	}

	@Test
	void withoutActivityTheHeatMapFallsBackToLeadCreationsAndStageChangesAndSaysSo() {
		FunnelFixture.marchLeads(this.jdbi);
		FunnelFixture.withoutActivity(this.jdbi);

		Panel panel = march(DataScope.brokerage()).panel("activity_heatmap").orElseThrow();

		// The ten stage entries and the seven leads, all created at 14:00 UTC (9:00 EST before 8 March, 10:00 EDT
		// after): L1 Mon 9, L2 Tue 9, L7 Wed 9, L3 Tue 10, L4 Mon 10, L5 Fri 10, L6 Wed 10.
		assertThat(cellsWithEvents(panel)).containsExactly("9 | Mon | 1",
				"10 | Mon | 1", "11 | Mon | 1", "9 | Tue | 1", "10 | Tue | 3", "9 | Wed | 1", "10 | Wed | 2",
				"10 | Thu | 4", "9 | Fri | 1", "10 | Fri | 1", "11 | Fri | 1");
		assertThat(panel.description()).endsWith("as it does here.");
		assertThat(panel.findings()).contains("There is no activity (messages, calls, appointments, notes, tasks) in "
				+ "the period, so the map shows when leads were created and deals changed stage.");
	}

	@Test
	void anAgentSeesTheirOwnLeadsDealsAndActivityOnly() {
		FunnelFixture.marchLeads(this.jdbi);

		PanelPage page = march(DataScope.agent(1));

		assertThat(lines(page.panel("funnel").orElseThrow())).containsExactly("Lead | lead | 3",
				"Contacted | contacted | 2", "Qualified | qualified | 2", "Proposal | proposal | 1", "Closed | closed | 1");
		assertThat(lines(page.panel("conversion_by_agent").orElseThrow())).containsExactly("Ann Agent | 1 | 33.3 | 3 | 1");
		assertThat(lines(page.panel("stage_velocity").orElseThrow())).containsExactly("New | 1 | 6.0 | 2",
				"Contacted | 2 | 4.0 | 1", "Showing | 3 | 3.0 | 2", "Offer | 4 | 11.0 | 1");
		assertThat(lines(page.panel("lead_aging").orElseThrow())).containsExactly("0-7 | 1 | 1", "8-30 | 0 | 0",
				"31-60 | 0 | 0", "61-90 | 0 | 0", "90+ | 1 | 1");
		// Ann's text to L1, note and task (created and completed), and the eight entries of O1, O2 and O6.
		assertThat(page.panel("activity_heatmap").orElseThrow().findings())
			.containsExactly("The busiest hour is Thu 10:00-10:59 with 3 of 12 events.");
	}

	@Test
	void aPageReadInsideTheCallersTransactionLeavesItsSettingsAlone() {
		FunnelFixture.marchLeads(this.jdbi);

		this.jdbi.useTransaction((handle) -> {
			PanelContext context = this.panels.context(handle,
					SummaryRequest.parse("2026-03-01", "2026-03-31", null, null), DataScope.brokerage(), TODAY);
			String jit = handle.createQuery("show jit").mapTo(String.class).one();

			List<Panel> page = this.pipeline.panels(handle, context);

			assertThat(lines(page.get(0))).first().isEqualTo("Lead | lead | 7");
			assertThat(handle.isInTransaction()).isTrue();
			assertThat(handle.createQuery("show jit").mapTo(String.class).one()).isEqualTo(jit);
		});
	}

	@Test
	void anEmptyWarehouseHasEveryPanelWithoutRows() {
		FunnelFixture.empty(this.jdbi);

		PanelPage page = march(DataScope.brokerage());

		assertThat(page.panels()).hasSize(11).allMatch(Panel::empty);
		assertThat(page.panels()).allMatch((panel) -> panel.findings().isEmpty());
	}

	// Hour, weekday and events of the cells with events, without the ISO weekday the drill sends.
	private static List<String> cellsWithEvents(Panel panel) {
		return lines(panel).stream().map((line) -> line.substring(0, line.lastIndexOf(" | ")))
			.filter((line) -> !line.endsWith("| 0"))
			.toList();
	}

	private PanelPage march(DataScope scope) {
		return this.panels.page("pipeline", SummaryRequest.parse("2026-03-01", "2026-03-31", null, "previous"), scope,
				TODAY);
	}

}
