package io.keystonebi.reports.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.keystonebi.reports.funnel.FunnelFixture;
import io.keystonebi.reports.funnel.FunnelPanels;
import io.keystonebi.reports.funnel.FunnelPanelsTest;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelService;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.pipeline.PipelinePanels;
import io.keystonebi.reports.scope.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drills of the pipeline and funnel pages against the fixture {@code FunnelFixture/marchLeads.sql}, March 2026 in
 * New York against February. Worked out by hand in {@code FunnelPanelsIntegrationTests}, the March leads reached
 * Lead: L1-L7; Contacted: L1 (texted), L2 (Contacted stage), L3 (appointment), L5 and L7 (Contacted stage);
 * Qualified: L1, L2 (Showing) and L5; Proposal: L1 and L5 (Offer); Closed: L1 (won 20 March).
 */
@FunnelPanelsTest
class RowsOfFunnelDrillsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

	@Autowired
	Jdbi jdbi;

	@Autowired
	PanelService panels;

	@Autowired
	PipelinePanels pipeline;

	@Autowired
	FunnelPanels funnel;

	@Autowired
	RowsService rows;

	@Test
	void aDrillOfAFunnelStageListsTheLeadsThatReachedIt() {
		FunnelFixture.marchLeads(this.jdbi);

		this.jdbi.useHandle((handle) -> {
			PanelContext context = march(handle);
			assertThat(leadIds(handle, context, "lead")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);
			assertThat(leadIds(handle, context, "contacted")).containsExactlyInAnyOrder(1L, 2L, 3L, 5L, 7L);
			assertThat(leadIds(handle, context, "qualified")).containsExactlyInAnyOrder(1L, 2L, 5L);
			assertThat(leadIds(handle, context, "proposal")).containsExactlyInAnyOrder(1L, 5L);
			assertThat(leadIds(handle, context, "closed")).containsExactly(1L);
		});
	}

	@Test
	void withoutActivityOnlyMappedStagesMakeALeadContacted() {
		FunnelFixture.marchLeads(this.jdbi);
		FunnelFixture.withoutActivity(this.jdbi);

		// L3 was contacted only by its appointment; L1 also reached Contacted through its deal's stages.
		this.jdbi.useHandle((handle) -> assertThat(leadIds(handle, march(handle), "contacted"))
			.containsExactlyInAnyOrder(1L, 2L, 5L, 7L));
	}

	@Test
	void eachFunnelStagesDrillCountsWhatTheFunnelCountsThere() {
		FunnelFixture.marchLeads(this.jdbi);
		assertDrillsCountTheFunnel();

		FunnelFixture.withoutActivity(this.jdbi);
		assertDrillsCountTheFunnel();
	}

	@Test
	void eachWeeksSourceAndAgentDrillCountsWhatTheChartsCount() {
		FunnelFixture.marchLeads(this.jdbi);

		this.jdbi.useTransaction((handle) -> {
			// A lead of Friday 27 February: in the week of 23 February, the first of the chart, but not in March.
			handle.execute("insert into contacts (id, location_id, source_id, type, source, assigned_user_id, "
					+ "created_at, tags) overriding system value values (30, 1, 'L30', 'lead', 'zillow', 1, "
					+ "'2026-02-27 15:00+00', '{}')");
			PanelContext context = march(handle);
			List<Panel> page = this.pipeline.panels(handle, context);

			Panel byWeek = panel(page, "conversion_by_period");
			assertThat(byWeek.rows()).first().satisfies((row) -> assertThat(row.get(0).toString()).isEqualTo("2026-02-23"));
			assertCountsAgree(handle, context, byWeek, "leads");
			assertCountsAgree(handle, context, byWeek, "converted", Map.of("status", "won"));
			assertCountsAgree(handle, context, panel(page, "lead_sources"), "leads");
			assertCountsAgree(handle, context, panel(page, "conversion_by_source"), "leads");
			assertCountsAgree(handle, context, panel(page, "conversion_by_agent"), "leads");
			handle.rollback();
		});
	}

	@Test
	void everyDrillOfThePipelineAndFunnelPagesIsAcceptedForEachOfItsRows() {
		FunnelFixture.marchLeads(this.jdbi);

		this.jdbi.useHandle((handle) -> {
			PanelContext context = march(handle);
			List<Panel> drilled = new ArrayList<>();
			for (Panel panel : all(handle, context)) {
				if (panel.drill() != null && !panel.rows().isEmpty()) {
					for (int row = 0; row < panel.rows().size(); row++) {
						this.rows.rows(handle, context, panel.drill().rows(), filters(panel, row), 10);
					}
					drilled.add(panel);
				}
			}
			assertThat(drilled).extracting(Panel::id)
				.containsExactlyInAnyOrder("funnel", "lead_sources", "stage_velocity", "conversion_by_source",
						"conversion_by_agent", "conversion_by_period", "stage_dropoff", "activity_heatmap",
						"stage_conversion", "dropoff_causes", "by_source", "by_agent", "by_period", "bottlenecks");
		});
	}

	@Test
	void theFirstRowOfEachDrilledPanelSendsFiltersTheRowsAccept() {
		FunnelFixture.marchLeads(this.jdbi);

		this.jdbi.useHandle((handle) -> {
			PanelContext context = march(handle);
			Map<String, Map<String, String>> sent = new HashMap<>();
			for (Panel panel : all(handle, context)) {
				if (panel.drill() != null && !panel.rows().isEmpty()) {
					Map<String, String> filters = filters(panel, 0);
					assertThat(this.rows.rows(handle, context, panel.drill().rows(), filters, 10).total())
						.isNotNegative();
					sent.put(panel.id(), filters);
				}
			}
			// Hand-checked: the heat map's first cell is Monday 0:00; days in stage drill the entries of New (id 1).
			assertThat(sent.get("activity_heatmap")).isEqualTo(Map.of("weekday", "1", "hour", "0"));
			assertThat(sent.get("stage_velocity")).isEqualTo(Map.of("date", "entered_stage", "stage", "1"));
			assertThat(sent.get("by_period")).isEqualTo(Map.of("week", "2026-02-23"));
		});
	}

	private void assertDrillsCountTheFunnel() {
		this.jdbi.useHandle((handle) -> {
			PanelContext context = march(handle);
			Panel funnel = panel(this.pipeline.panels(handle, context), "funnel");
			assertThat(funnel.rows()).hasSize(5);
			for (List<Object> row : funnel.rows()) {
				assertThat(this.rows.rows(handle, context, RowSet.LEADS, Map.of("funnel_stage", (String) row.get(1)), 100)
					.total()).as((String) row.get(1)).isEqualTo(((Number) row.get(2)).longValue());
			}
		});
	}

	private void assertCountsAgree(Handle handle, PanelContext context, Panel panel, String column) {
		assertCountsAgree(handle, context, panel, column, Map.of());
	}

	// Each row's drill, with the extra filters, counts the row's value of the column.
	private void assertCountsAgree(Handle handle, PanelContext context, Panel panel, String column,
			Map<String, String> extra) {
		int index = panel.columns().stream().map((c) -> c.key()).toList().indexOf(column);
		assertThat(panel.rows()).isNotEmpty();
		for (int row = 0; row < panel.rows().size(); row++) {
			Map<String, String> filters = new HashMap<>(filters(panel, row));
			filters.putAll(extra);
			assertThat(this.rows.rows(handle, context, panel.drill().rows(), filters, 100).total())
				.as(panel.id() + " " + filters)
				.isEqualTo(((Number) panel.rows().get(row).get(index)).longValue());
		}
	}

	private List<Panel> all(Handle handle, PanelContext context) {
		List<Panel> all = new ArrayList<>(this.pipeline.panels(handle, context));
		all.addAll(this.funnel.panels(handle, context));
		return all;
	}

	private List<Long> leadIds(Handle handle, PanelContext context, String stage) {
		return this.rows.rows(handle, context, RowSet.LEADS, Map.of("funnel_stage", stage), 100).table().rows()
			.stream().map((row) -> ((Number) row.get(0)).longValue()).toList();
	}

	private PanelContext march(Handle handle) {
		return this.panels.context(handle, SummaryRequest.parse("2026-03-01", "2026-03-31", null, "previous"),
				DataScope.brokerage(), TODAY);
	}

	private static Panel panel(List<Panel> page, String id) {
		return page.stream().filter((panel) -> panel.id().equals(id)).findFirst().orElseThrow();
	}

	// What the page's script sends for a row: the drill's filters and the row's values, (none) for a missing one.
	private static Map<String, String> filters(Panel panel, int row) {
		Map<String, String> filters = new HashMap<>(panel.drill().filters());
		Function<String, Object> value = (key) -> panel.rows().get(row)
			.get(panel.columns().stream().map((c) -> c.key()).toList().indexOf(key));
		panel.drill().byColumn().forEach((column, filter) -> {
			Object cell = value.apply(column);
			filters.put(filter, (cell != null) ? cell.toString() : "(none)");
		});
		return filters;
	}

}
