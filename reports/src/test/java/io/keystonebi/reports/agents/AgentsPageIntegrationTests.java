package io.keystonebi.reports.agents;

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
import io.keystonebi.reports.revenue.RevenueFixtures;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agents page over {@link RevenueFixtures#harborHomes}, for March 2026 (local). Worked by hand: Ann won 300,000
 * in 2 deals, Bob 300,000 in 1, Cat 30,000 in 1; Dan is not an agent. Leads created in March: Lead One and Lead
 * Two (Ann), Lead Three (Bob); Lead Four arrived at 23:30 on 28 February local. Lead One's deal o2 was won on 15
 * March, so Ann converted 1 of 2 leads and Bob 0 of 1.
 */
@PanelsIntegrationTest
class AgentsPageIntegrationTests {

	@Autowired
	PanelService panels;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void loadFixture() {
		RevenueFixtures.harborHomes(this.jdbi);
	}

	@Test
	void theLeaderboardRanksAgentsByRevenueWithEqualRevenueSharingARank() {
		Panel leaderboard = march(DataScope.brokerage()).panel("leaderboard").orElseThrow();

		assertThat(leaderboard.rows()).containsExactly(
				row(1, "Ann Agent", 1, "Team East", "300000.00", 2, "150000.00", 2, 1, "50.0"),
				row(1, "Bob Broker", 2, "Team East", "300000.00", 1, "300000.00", 1, 0, "0.0"),
				row(3, "Cat Closer", 3, null, "30000.00", 1, "30000.00", 0, 0, null));
		assertThat(leaderboard.drill().byColumn()).isEqualTo(Map.of("agent_id", "agent"));
	}

	@Test
	void teamsSumTheirAgentsFigures() {
		// Team East: 600,000 in 3 deals (200,000 each on average), 1 of 3 leads converted (33.3%).
		assertThat(march(DataScope.brokerage()).panel("by_team").orElseThrow().rows()).containsExactly(
				row("Team East", 1, 2, "600000.00", 3, "200000.00", 3, 1, "33.3"),
				row("(no team)", null, 1, "30000.00", 1, "30000.00", 0, 0, null));
	}

	@Test
	void trendsFollowTheAgentsWithTheMostRevenueOverTheLastSixMonths() {
		// October 2025 to March 2026: Bob 80,000 + 300,000, Ann 300,000, Cat 50,000 (o4, February local) + 30,000.
		Panel trends = march(DataScope.brokerage()).panel("trends").orElseThrow();

		assertThat(trends.columns()).extracting((column) -> column.key() + "=" + column.label())
			.containsExactly("month=Month", "agent_2=Bob Broker", "agent_1=Ann Agent", "agent_3=Cat Closer");
		assertThat(trends.rows()).hasSize(6);
		assertThat(trends.rows().get(0)).isEqualTo(row("2025-10", "0", "0", "0"));
		assertThat(trends.rows().subList(4, 6)).containsExactly(row("2026-02", "80000.00", "0", "50000.00"),
				row("2026-03", "300000.00", "300000.00", "30000.00"));
	}

	@Test
	void theSkillMatrixScoresEachAgentAgainstTheOthersInScope() {
		// Conversion Ann 50% Bob 0%: 100, 50. Speed to lead Ann median(30, 90) = 60 min, Bob 27 h = 1,620 min
		// (lower is better): 100, 50. Follow-up Bob answered 1 of 2 within 24 h, alone: 100. Deal size Bob 300,000,
		// Ann 150,000, Cat 30,000: 100, 67, 33. Activity Ann call + e-mail + meeting = 3, Bob 2 SMS, Cat 0: 100, 67, 33.
		Panel matrix = march(DataScope.brokerage()).panel("skill_matrix").orElseThrow();

		assertThat(matrix.rows()).containsExactly(row("Conversion", "Ann Agent", 100, 1),
				row("Speed to lead", "Ann Agent", 100, 1), row("Follow-up compliance", "Ann Agent", null, 1),
				row("Deal size", "Ann Agent", 67, 1), row("Activity", "Ann Agent", 100, 1),
				row("Conversion", "Bob Broker", 50, 2), row("Speed to lead", "Bob Broker", 50, 2),
				row("Follow-up compliance", "Bob Broker", 100, 2), row("Deal size", "Bob Broker", 100, 2),
				row("Activity", "Bob Broker", 67, 2), row("Conversion", "Cat Closer", null, 3),
				row("Speed to lead", "Cat Closer", null, 3), row("Follow-up compliance", "Cat Closer", null, 3),
				row("Deal size", "Cat Closer", 33, 3), row("Activity", "Cat Closer", 33, 3));
	}

	@Test
	void anAgentScopeSeesOnlyItself() {
		PanelPage page = march(DataScope.agent(2));

		assertThat(page.panel("leaderboard").orElseThrow().rows()).extracting((row) -> row.get(1))
			.containsExactly("Bob Broker");
		assertThat(page.panel("skill_matrix").orElseThrow().rows()).extracting((row) -> row.get(2))
			.containsExactly(new BigDecimal(100), new BigDecimal(100), new BigDecimal(100), new BigDecimal(100),
					new BigDecimal(100));
	}

	@Test
	void aTeamScopeSeesItsMembers() {
		PanelPage page = march(DataScope.team(1, List.of(1L, 2L)));

		assertThat(page.panel("leaderboard").orElseThrow().rows()).extracting((row) -> row.get(1))
			.containsExactly("Ann Agent", "Bob Broker");
		assertThat(page.panel("by_team").orElseThrow().rows()).extracting((row) -> row.get(0))
			.containsExactly("Team East");
		assertThat(page.panel("trends").orElseThrow().columns()).hasSize(3);
	}

	private PanelPage march(DataScope scope) {
		return this.panels.page("agents", SummaryRequest.parse("2026-03-01", "2026-03-31", null, null), scope,
				LocalDate.of(2026, 4, 2));
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
