package io.keystonebi.reports.revenue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelPage;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both pages over a warehouse with nothing in it. The property makes this a Spring context of its own, and so a
 * database of its own: the other tests' context shares one database with its fixture.
 */
@PanelsIntegrationTest
@TestPropertySource(properties = "bi.reports.commission.value-is=commission")
class EmptyWarehouseIntegrationTests {

	@Autowired
	PanelService panels;

	@Test
	void theRevenuePageHasEveryPanelWithoutRows() {
		PanelPage page = page("revenue");

		assertThat(page.panels()).extracting(Panel::id).containsExactly("by_agent", "by_team", "by_source",
				"by_property_type", "commission", "pipeline_value", "against_target", "by_month", "by_quarter", "by_year",
				"deal_size_trend", "concentration");
		assertThat(page.panels()).allSatisfy((panel) -> {
			assertThat(panel.rows()).isEmpty();
			assertThat(panel.findings()).isEmpty();
		});
		assertThat(page.panel("by_agent").orElseThrow().description()).contains("GCI equals revenue");
	}

	@Test
	void theAgentsPageHasEveryPanelWithoutRows() {
		PanelPage page = page("agents");

		assertThat(page.panels()).extracting(Panel::id).containsExactly("leaderboard", "by_team", "trends",
				"skill_matrix");
		assertThat(page.panels()).allSatisfy((panel) -> assertThat(panel.rows()).isEmpty());
	}

	private PanelPage page(String name) {
		return this.panels.page(name, SummaryRequest.parse(null, null, "90d", null), DataScope.brokerage(),
				LocalDate.of(2026, 3, 15));
	}

}
