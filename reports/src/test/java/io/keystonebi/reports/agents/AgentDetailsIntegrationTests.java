package io.keystonebi.reports.agents;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.revenue.RevenueFixtures;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static io.keystonebi.reports.agents.AgentsPageIntegrationTests.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ann's own page over {@link RevenueFixtures#harborHomes}, for March 2026 (local): 2 leads, 1 converted; 300,000 in
 * 2 deals; first contact after 30 and 90 minutes (median 60); a call, an e-mail and one meeting (the other was
 * cancelled); o6 400,000 open of the brokerage's 500,000 (80%); quota 250,000, so 120% attained.
 */
@PanelsIntegrationTest
class AgentDetailsIntegrationTests {

	@Autowired
	AgentDetails details;

	@Autowired
	PanelService panels;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void loadFixture() {
		RevenueFixtures.harborHomes(this.jdbi);
	}

	@Test
	void theProfileHoldsTheAgentsFiguresOfThePeriod() {
		List<Panel> page = ann(DataScope.brokerage());

		assertThat(page).extracting(Panel::id).containsExactly("profile", "versus_team", "monthly", "goal");
		assertThat(page.get(0).rows()).containsExactly(row("Ann Agent", 1, 2, "50.0", "300000.00", 2, "150000.00", "60.0",
				null, 1, 1, 1, "400000.00", "80.0", "120.0"));
	}

	@Test
	void theAgentStandsNextToItsTeamsAverage() {
		// Team East is Ann and Bob: revenue (300,000 + 300,000) / 2, deals (2 + 1) / 2, deal size (150,000 +
		// 300,000) / 2, leads (2 + 1) / 2, conversion (50 + 0) / 2, speed (60 + 1,620) / 2, follow-up Bob's 50 only,
		// activities (3 + 2) / 2.
		// The agent as a percentage of the average: 100.0, 2 / 1.5, 150,000 / 225,000, 2 / 1.5, 50 / 25, 60 / 840,
		// none without the agent's own figure, 3 / 2.5.
		assertThat(ann(DataScope.brokerage()).get(1).rows()).containsExactly(
				row("Revenue", "100.0", "300000.00", "300000.00"), row("Deals won", "133.3", 2, "1.5"),
				row("Average deal size", "66.7", "150000.00", "225000.00"), row("Leads", "133.3", 2, "1.5"),
				row("Conversion rate (%)", "200.0", "50.0", "25.0"),
				row("Speed to lead (minutes)", "7.1", "60.0", "840.0"),
				row("Follow-up compliance (%)", null, null, "50.0"), row("Activities", "120.0", 3, "2.5"));
	}

	@Test
	void monthlyAndGoalShowTheLastSixMonthsAndTheQuota() {
		List<Panel> page = ann(DataScope.brokerage());

		assertThat(page.get(2).rows()).containsExactly(row("2025-10", "0", 0), row("2025-11", "0", 0),
				row("2025-12", "0", 0), row("2026-01", "0", 0), row("2026-02", "0", 0), row("2026-03", "300000.00", 2));
		assertThat(page.get(3).rows()).containsExactly(row("2026-03-01 to 2026-03-31", "300000.00", "250000.00", "120.0"));
		assertThat(page.get(3).drill().filters()).containsEntry("agent", "1");
	}

	@Test
	void aScopeThatHoldsTheAgentMaySeeItsPage() {
		assertThat(ann(DataScope.agent(1)).get(0).rows()).hasSize(1);
		assertThat(ann(DataScope.team(1, List.of(1L, 2L))).get(0).rows()).hasSize(1);
	}

	@Test
	void anAgentOutsideTheScopeOrUnknownIsRefusedNamingItsId() {
		assertThatExceptionOfType(AgentNotInScopeException.class).isThrownBy(() -> ann(DataScope.agent(2)))
			.withMessageContaining("1");
		assertThatExceptionOfType(AgentNotInScopeException.class)
			.isThrownBy(() -> page(DataScope.team(1, List.of(1L, 2L)), 3))
			.withMessageContaining("3");
		assertThatExceptionOfType(AgentNotInScopeException.class).isThrownBy(() -> page(DataScope.brokerage(), 99))
			.withMessageContaining("99")
			.satisfies((ex) -> assertThat(ex.agentId()).isEqualTo(99));
	}

	private List<Panel> ann(DataScope scope) {
		return page(scope, 1);
	}

	private List<Panel> page(DataScope scope, long agentId) {
		return this.jdbi.withHandle((handle) -> this.details.agent(handle, this.panels.context(handle,
				SummaryRequest.parse("2026-03-01", "2026-03-31", null, null), scope, LocalDate.of(2026, 4, 2)), agentId));
	}


}
