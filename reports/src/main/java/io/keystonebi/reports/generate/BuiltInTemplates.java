package io.keystonebi.reports.generate;

import java.util.List;
import java.util.Map;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.definition.BlockDefinition;
import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.definition.ReportRange;

/** The reports every brokerage gets without building one: yesterday's summary, last week's, last month's pack. */
public final class BuiltInTemplates {

	private BuiltInTemplates() {
	}

	/** @return every built-in template, daily first */
	public static List<ReportTemplate> all() {
		return List.of(
				new ReportTemplate("daily_summary", "Yesterday's deals, leads and activity, by agent and source.",
						dailySummary()),
				new ReportTemplate("weekly_performance", "Last week's performance by day, agent, source and stage.",
						weeklyPerformance()),
				new ReportTemplate("monthly_executive_pack",
						"Last month for executives: revenue, commission, teams, offices, agents, lead sources, "
								+ "conversion, appointments, pipeline and the local market.",
						monthlyExecutivePack()));
	}

	/** @return yesterday's headline figures, agents and lead sources */
	public static ReportDefinition dailySummary() {
		return new ReportDefinition("Daily summary", ReportRange.YESTERDAY, null, null, List.of(
				kpi("Yesterday at a glance", "revenue", "deals_won", "deals_created", "leads", "appointments_set",
						"messages_outbound"),
				block("Agents", BlockView.TABLE, Dimension.AGENT, 10, "revenue", "deals_won", "leads",
						"appointments_set", "messages_outbound"),
				block("Lead sources", BlockView.BAR, Dimension.SOURCE, 10, "leads", "deals_won")));
	}

	/** @return last week's figures by day, agent, source and stage, and the pipeline at its end */
	public static ReportDefinition weeklyPerformance() {
		return new ReportDefinition("Weekly performance", ReportRange.LAST_WEEK, null, null, List.of(
				kpi("The week at a glance", "revenue", "gci", "deals_won", "win_rate", "leads", "lead_conversion_rate",
						"speed_to_lead_minutes", "appointments_held", "no_show_rate"),
				block("Revenue by day", BlockView.LINE, Dimension.DAY, null, "revenue", "deals_won"),
				block("Leads by day", BlockView.LINE, Dimension.DAY, null, "leads", "messages_outbound"),
				block("Agent leaderboard", BlockView.TABLE, Dimension.AGENT, 15, "revenue", "deals_won", "win_rate",
						"gci"),
				block("Lead sources", BlockView.BAR, Dimension.SOURCE, 10, "leads", "lead_conversion_rate",
						"speed_to_lead_minutes"),
				block("Appointments by agent", BlockView.BAR, Dimension.AGENT, 10, "appointments_set",
						"appointments_held", "appointments_no_show"),
				block("Pipeline by stage", BlockView.BAR, Dimension.STAGE, null, "pipeline_value",
						"weighted_pipeline_value", "open_deals")));
	}

	/** @return last month's executive pack: headline, money, people, marketing, funnel, pipeline and market */
	public static ReportDefinition monthlyExecutivePack() {
		return new ReportDefinition("Monthly executive pack", ReportRange.LAST_MONTH, null, null, List.of(
				kpi("Headline", "revenue", "deals_won", "average_deal_size", "win_rate", "leads",
						"lead_conversion_rate", "pipeline_value", "quota_attainment"),
				kpi("Commission", "gci", "agent_commission", "company_dollar"),
				block("Revenue by week", BlockView.LINE, Dimension.WEEK, null, "revenue", "deals_won"),
				block("Revenue by team", BlockView.BAR, Dimension.TEAM, null, "revenue", "gci",
						"revenue_target", "quota_attainment"),
				block("Revenue by office", BlockView.BAR, Dimension.OFFICE, null, "revenue", "gci"),
				block("Agent leaderboard", BlockView.TABLE, Dimension.AGENT, 20, "revenue", "deals_won",
						"average_deal_size", "win_rate", "sales_cycle_days", "gci"),
				block("Revenue by property type", BlockView.PIE, Dimension.PROPERTY_TYPE, null, "revenue",
						"deals_won"),
				block("Lead sources", BlockView.TABLE, Dimension.SOURCE, 15, "leads", "marketing_cost",
						"cost_per_lead", "roi"),
				block("Lead conversion by source", BlockView.BAR, Dimension.SOURCE, 10, "lead_conversion_rate",
						"speed_to_lead_minutes", "leads"),
				block("Conversion by stage", BlockView.BAR, Dimension.STAGE, null, "stage_entries",
						"stage_conversion"),
				block("Appointments by agent", BlockView.BAR, Dimension.AGENT, 15, "appointments_set",
						"appointments_held", "appointments_no_show", "no_show_rate"),
				block("Pipeline by stage", BlockView.BAR, Dimension.STAGE, null, "pipeline_value",
						"weighted_pipeline_value", "open_deals"),
				block("Pipeline by agent", BlockView.TABLE, Dimension.AGENT, 15, "pipeline_value",
						"weighted_pipeline_value", "open_deals"),
				block("Market by zipcode", BlockView.TABLE, Dimension.ZIPCODE, 20, "market_sales",
						"median_sale_price", "price_per_sqft"),
				block("Market by week", BlockView.LINE, Dimension.WEEK, null, "market_sales", "median_sale_price")));
	}

	private static BlockDefinition kpi(String title, String... metrics) {
		return new BlockDefinition(title, List.of(metrics), null, Map.of(), BlockView.KPI, null);
	}

	private static BlockDefinition block(String title, BlockView view, Dimension dimension, Integer limit,
			String... metrics) {
		return new BlockDefinition(title, List.of(metrics), dimension, Map.of(), view, limit);
	}

}
