package io.keystonebi.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/** A monthly executive pack for October 2026, as the generator would make it, and the default branding. */
final class ReportFixtures {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final String TITLE = "Monthly executive pack";

	static final String AUDIENCE = "Whole brokerage";

	static final String INJECTED_AGENT = "=HYPERLINK(\"http://x\",\"click\")";

	static final List<String> WHAT_CHANGED = List.of(
			"Revenue rose 18.2% to $1,204,500 on 14 won deals, led by Dana Whitfield.",
			"Leads fell 6.5% to 1,204; paid search brought 212 fewer than in September.",
			"Median speed to lead improved from 42 to 31 minutes.");

	private ReportFixtures() {
	}

	static Branding branding() {
		try (InputStream logo = ReportFixtures.class.getResourceAsStream("default-logo.png")) {
			return new Branding("Harbor & Pine Realty", logo.readAllBytes(), "#1f3a5f", "#c8963e",
					"Monthly performance review", "Confidential: for the leadership team only.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the 13-block monthly pack, one of them empty */
	static GeneratedReport monthlyPack() {
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(headline());
		blocks.add(revenueByMonth());
		blocks.add(revenueByAgent());
		blocks.add(leadSources());
		blocks.add(pipelineByStage());
		blocks.add(conversionBySource());
		blocks.add(leadsByWeek());
		blocks.add(leaderboard());
		blocks.add(propertyTypes());
		blocks.add(speedToLead());
		blocks.add(activity());
		blocks.add(zipcodes());
		blocks.add(empty());
		return report(blocks);
	}

	static GeneratedReport report(List<ReportBlock> blocks) {
		return new GeneratedReport(TITLE, AUDIENCE, new ReportingPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
				new ReportingPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)), ZONE,
				Instant.parse("2026-11-01T11:00:00Z"), Instant.parse("2026-11-01T10:45:00Z"), WHAT_CHANGED, blocks);
	}

	/** Revenue $1,204,500 against $1,019,000 (+18.2%), 14 won against 11, conversion 3.1 against 0 (n/a). */
	static ReportBlock headline() {
		return block("Headline figures", BlockView.KPI,
				List.of(Column.of("period", "Period", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY),
						Column.of("deals_won", "Deals won", Unit.COUNT),
						Column.of("conversion_rate", "Conversion rate", Unit.PERCENT),
						Column.of("speed_to_lead", "Speed to lead", Unit.MINUTES),
						Column.of("average_deal", "Average deal", Unit.MONEY)),
				row("current", 1204500, 14, 3.1, 31, 86035.71), row("previous", 1019000, 11, 0, 42, null));
	}

	static ReportBlock revenueByMonth() {
		List<List<Object>> rows = new ArrayList<>();
		int[] revenue = { 812000, 905500, 760250, 990000, 1105000, 1250300, 1180000, 1322000, 998000, 1019000,
				1204500, 0 };
		for (int m = 0; m < 11; m++) {
			rows.add(row(LocalDate.of(2025, 12, 1).plusMonths(m).toString().substring(0, 7), revenue[m], 9 + m % 6));
		}
		return block("Revenue by month", BlockView.LINE, List.of(Column.of("month", "Month", Unit.MONTH),
				Column.of("revenue", "Revenue", Unit.MONEY), Column.of("deals_won", "Deals won", Unit.COUNT)), rows);
	}

	static ReportBlock revenueByAgent() {
		String[] agents = { "Dana Whitfield", INJECTED_AGENT, "Priya Raman", "Marcus Oyelaran", "Sofia Lindqvist",
				"Tom Brennan", "Aiko Tanaka", "Luis Ferreira", "Grace Okafor", "Ben Hollis" };
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < agents.length; i++) {
			rows.add(row(100 + i, agents[i], 320000 - i * 27000, 4 - i / 3));
		}
		return block("Revenue by agent", BlockView.BAR, List.of(Column.of("agent_id", "Agent id", Unit.ID),
				Column.of("agent", "Agent", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY),
				Column.of("deals_won", "Deals won", Unit.COUNT)), rows);
	}

	static ReportBlock leadSources() {
		return block("Leads by source", BlockView.PIE,
				List.of(Column.of("source", "Source", Unit.TEXT), Column.of("leads", "Leads", Unit.COUNT),
						Column.of("conversion_rate", "Conversion rate", Unit.PERCENT)),
				row("paid_search", 412, 2.4), row("organic_search", 305, 3.9), row("referral", 188, 7.4),
				row("zillow", 140, 1.8), row("open_house", 77, 5.2), row("facebook", 52, 0.9),
				row("direct_mail", 18, 0.0), row("(none)", 12, null));
	}

	static ReportBlock pipelineByStage() {
		return block("Open pipeline by stage", BlockView.BAR,
				List.of(Column.of("stage_id", "Stage id", Unit.ID), Column.of("stage", "Stage", Unit.TEXT),
						Column.of("pipeline_value", "Pipeline value", Unit.MONEY),
						Column.of("weighted_pipeline", "Weighted pipeline", Unit.MONEY),
						Column.of("open_deals", "Open deals", Unit.COUNT)),
				row(1, "New lead", 2450000, 245000, 61), row(2, "Engaging", 1980000, 396000, 44),
				row(3, "Qualified lead", 1620000, 567000, 31), row(4, "Offer", 940000, 564000, 12),
				row(5, "Under contract", 615000, 553500, 7));
	}

	static ReportBlock conversionBySource() {
		return block("Conversion by source", BlockView.TABLE,
				List.of(Column.of("source", "Source", Unit.TEXT), Column.of("leads", "Leads", Unit.COUNT),
						Column.of("won", "Won", Unit.COUNT), Column.of("conversion_rate", "Conversion rate", Unit.PERCENT),
						Column.of("sales_cycle", "Sales cycle", Unit.DAYS), Column.of("revenue", "Revenue", Unit.MONEY)),
				row("referral", 188, 14, 7.4, 38.5, 412000), row("open_house", 77, 4, 5.2, 44.0, 180500),
				row("organic_search", 305, 12, 3.9, 51.2, 322000), row("paid_search", 412, 10, 2.4, 57.9, 240000),
				row("zillow", 140, 3, 1.8, 63.0, 50000), row("-2+3", 2, 0, 0.0, null, 0));
	}

	static ReportBlock leadsByWeek() {
		List<List<Object>> rows = new ArrayList<>();
		int[] leads = { 262, 281, 240, 299, 122 };
		for (int w = 0; w < leads.length; w++) {
			rows.add(row(LocalDate.of(2026, 9, 28).plusWeeks(w).toString(), leads[w], leads[w] / 9));
		}
		return block("Leads by week", BlockView.LINE, List.of(Column.of("week", "Week", Unit.DATE),
				Column.of("leads", "Leads", Unit.COUNT), Column.of("qualified", "Qualified", Unit.COUNT)), rows);
	}

	/** 60 agents: the table runs over a page break. */
	static ReportBlock leaderboard() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rows.add(row(200 + i, "Agent " + (i + 1), "Team " + (char) ('A' + i % 4), 300000 - i * 4000,
					9 - i / 7, 12.5 + i % 9, 90 - i));
		}
		return block("Agent leaderboard", BlockView.TABLE,
				List.of(Column.of("agent_id", "Agent id", Unit.ID), Column.of("agent", "Agent", Unit.TEXT),
						Column.of("team", "Team", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY),
						Column.of("deals_won", "Deals won", Unit.COUNT), Column.of("days_to_close", "Days to close", Unit.DAYS),
						Column.of("score", "Score", Unit.SCORE)),
				rows);
	}

	static ReportBlock propertyTypes() {
		return block("Revenue by property type", BlockView.PIE,
				List.of(Column.of("property_type_id", "Property type id", Unit.ID),
						Column.of("property_type", "Property type", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY)),
				row(1, "Single family", 702000), row(2, "Condo", 265500), row(3, "Townhouse", 160000),
				row(4, "Multi family", 77000));
	}

	static ReportBlock speedToLead() {
		return block("Speed to lead by team", BlockView.BAR,
				List.of(Column.of("team_id", "Team id", Unit.ID), Column.of("team", "Team", Unit.TEXT),
						Column.of("speed_to_lead", "Median minutes", Unit.MINUTES),
						Column.of("follow_up", "Follow-up compliance", Unit.PERCENT)),
				row(1, "Team North", 24, 91.5), row(2, "Team East", 31, 88.0), row(3, "Team South", 47, 79.2),
				row(4, "Team West", 18, 94.1));
	}

	static ReportBlock activity() {
		return block("Sales activity", BlockView.KPI,
				List.of(Column.of("period", "Period", Unit.TEXT), Column.of("appointments", "Appointments set", Unit.COUNT),
						Column.of("no_show_rate", "No-show rate", Unit.PERCENT),
						Column.of("calls", "Calls", Unit.COUNT), Column.of("pipeline_health", "Pipeline health", Unit.SCORE)),
				row("current", 318, 12.4, 2840, 72), row("previous", 355, 14.0, 2700, 72));
	}

	static ReportBlock zipcodes() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 18; i++) {
			rows.add(row(String.valueOf(10001 + i * 7), 9 - i / 2, 412000 - i * 15000, 21.5 + i));
		}
		return block("Homes sold by zipcode", BlockView.TABLE,
				List.of(Column.of("zipcode", "Zipcode", Unit.TEXT), Column.of("sold", "Homes sold", Unit.COUNT),
						Column.of("median_price", "Median price", Unit.MONEY),
						Column.of("days_on_market", "Days on market", Unit.DAYS)),
				rows);
	}

	static ReportBlock empty() {
		return block("Referral partner payouts", BlockView.BAR,
				List.of(Column.of("partner", "Partner", Unit.TEXT), Column.of("payout", "Payout", Unit.MONEY)), List.of());
	}

	static ReportBlock block(String title, BlockView view, List<Column> columns, List<Object>... rows) {
		return block(title, view, columns, Arrays.asList(rows));
	}

	static ReportBlock block(String title, BlockView view, List<Column> columns, List<List<Object>> rows) {
		String id = title.toLowerCase().replaceAll("[^a-z]+", "_");
		return new ReportBlock(title, view, Panel.of(id, title, "", ChartType.TABLE, columns, rows));
	}

	static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>();
		for (Object value : values) {
			row.add((value instanceof Double d) ? BigDecimal.valueOf(d) : value);
		}
		return row;
	}

}
