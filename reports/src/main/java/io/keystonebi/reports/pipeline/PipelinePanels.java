package io.keystonebi.reports.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.funnel.FunnelStage;
import io.keystonebi.reports.funnel.LeadCohort;
import io.keystonebi.reports.funnel.Rates;
import io.keystonebi.reports.funnel.Snapshot;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelSource;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.pipeline.ActivityRow;
import io.keystonebi.sql.pipeline.AgingRow;
import io.keystonebi.sql.pipeline.PipelineQueries;
import io.keystonebi.sql.pipeline.StageStayRow;

/**
 * The "pipeline" page: the period's leads through the funnel and by source, agent and week or month; how long
 * deals stay in each stage; what is open at the period's end and how old it is; how engaged the open leads are; and
 * when the brokerage works. Four statements, read as one snapshot ({@link Snapshot}): the lead cohort, the stage
 * stays, the aging and the activity.
 */
@Component
public class PipelinePanels implements PanelSource {

	static final List<String> AGE_BUCKETS = List.of("0-7", "8-30", "31-60", "61-90", "90+");

	static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

	private static final String STAGES = "A lead counts at every stage up to the furthest it reached by the period's "
			+ "end: Closed when it has a won deal; Proposal, Qualified or Contacted when one of its deals entered a "
			+ "pipeline stage mapped to it (Contacted also by an outbound message or call by a person, or an "
			+ "appointment).";

	private static final String CONVERSION = "Conversion is the cohort rate of the KPI definitions: of the leads "
			+ "created in the period, the percentage with a deal won by the period's end.";

	private final ReportsProperties.Funnel funnel;

	/** @param properties the funnel's stage mapping and thresholds */
	public PipelinePanels(ReportsProperties properties) {
		this.funnel = properties.funnel();
	}

	@Override
	public String page() {
		return "pipeline";
	}

	@Override
	public List<Panel> panels(Handle handle, PanelContext context) {
		return Snapshot.read(handle, (snapshot) -> read(snapshot, context));
	}

	private List<Panel> read(Handle handle, PanelContext context) {
		ReportingPeriod period = context.period();
		PipelineQueries queries = handle.attach(PipelineQueries.class);
		LeadCohort cohort = LeadCohort.read(handle, context, this.funnel, false, false);
		List<StageStayRow> stays = queries.stageStays(period.from(), period.to(), context.scopeAll(),
				context.scopeUsers());
		List<AgingRow> aging = queries.aging(period.to(), context.scopeAll(), context.scopeUsers());
		List<ActivityRow> activity = queries.activity(period.from(), period.to(), context.scopeAll(),
				context.scopeUsers());
		return List.of(funnel(cohort), leadFlow(cohort), leadSources(cohort), stageVelocity(stays), leadAging(aging),
				temperature(cohort), conversionBySource(cohort), conversionByAgent(cohort),
				conversionByPeriod(cohort, context), stageDropoff(cohort), activityHeatmap(activity));
	}

	Panel funnel(LeadCohort cohort) {
		long[] reached = cohort.reached(LeadCohort.PERIOD);
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (reached[0] > 0) {
			for (FunnelStage stage : FunnelStage.ALL) {
				rows.add(Arrays.asList(stage.label(), stage.code(), reached[stage.ordinal()]));
			}
			findings.add(reached[4] + " of " + reached[0] + " leads (" + Rates.text(Rates.percent(reached[4], reached[0]))
					+ ") closed with a won deal.");
			biggestDrop(reached).ifPresent(findings::add);
		}
		return new Panel("funnel", "Lead funnel",
				"The leads created in the period that reached each stage of the funnel Lead, Contacted, Qualified, "
						+ "Proposal, Closed. " + STAGES,
				ChartType.FUNNEL,
				List.of(Column.of("stage", "Stage", Unit.TEXT), Column.of("funnel_stage", "Stage code", Unit.ID),
						Column.of("leads", "Leads", Unit.COUNT)),
				rows, leads(Map.of("funnel_stage", "funnel_stage")), findings);
	}

	Panel leadFlow(LeadCohort cohort) {
		Map<String, Long> links = new LinkedHashMap<>();
		for (LeadCohort.Flow flow : cohort.flows(LeadCohort.PERIOD)) {
			String stage = FunnelStage.ALL.get(flow.step()).label();
			links.merge(flow.source() + "\u0000" + stage, flow.leads(), Long::sum);
			links.merge(stage + "\u0000" + capitalised(flow.outcome()), flow.leads(), Long::sum);
		}
		List<List<Object>> rows = new ArrayList<>();
		links.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.forEach((link) -> {
				String[] ends = link.getKey().split("\u0000");
				rows.add(Arrays.asList(ends[0], ends[1], link.getValue()));
			});
		return Panel.of("lead_flow", "Lead flow",
				"How the period's leads flowed from their source to the furthest funnel stage they reached by the "
						+ "period's end, and on to their outcome: Won (a deal won), Lost (every deal they had was lost) or "
						+ "Open. " + STAGES,
				ChartType.SANKEY,
				List.of(Column.of("from", "From", Unit.TEXT), Column.of("to", "To", Unit.TEXT),
						Column.of("leads", "Leads", Unit.COUNT)),
				rows);
	}

	Panel leadSources(LeadCohort cohort) {
		boolean monthly = cohort.monthly();
		List<List<Object>> rows = new ArrayList<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		for (LeadCohort.BucketSource cell : cohort.bucketSources(LeadCohort.PERIOD)) {
			rows.add(Arrays.asList(bucket(cell.bucket(), monthly), cell.source(), cell.leads()));
			totals.merge(cell.source(), cell.leads(), Long::sum);
		}
		List<String> findings = new ArrayList<>();
		long all = totals.values().stream().mapToLong(Long::longValue).sum();
		totals.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey,
				Comparator.reverseOrder()))
			.ifPresent((top) -> findings.add(top.getKey() + " brought the most leads: " + top.getValue() + " of " + all
					+ " (" + Rates.text(Rates.percent(top.getValue(), all)) + ")."));
		String unit = monthly ? "month" : "week";
		return new Panel("lead_sources", "Lead sources by " + unit,
				"Leads created in each " + unit + " of the period by lead source (\"(none)\" when the contact has none). "
						+ "Weeks start on Monday; the page counts by month when the period is longer than "
						+ LeadCohort.WEEKLY_UP_TO_DAYS + " days.",
				ChartType.STACKED_BAR,
				List.of(monthly ? Column.of("month", "Month", Unit.MONTH) : Column.of("week", "Week", Unit.DATE),
						Column.of("source", "Source", Unit.TEXT), Column.of("leads", "Leads", Unit.COUNT)),
				rows, leads(Map.of(unit, unit, "source", "source")), findings);
	}

	Panel stageVelocity(List<StageStayRow> stays) {
		boolean severalPipelines = stays.stream().map(StageStayRow::pipeline).distinct().count() > 1;
		List<List<Object>> rows = new ArrayList<>();
		for (StageStayRow stay : stays) {
			if (stay.movedOn() > 0) {
				rows.add(Arrays.asList(severalPipelines ? stay.stage() + " (" + stay.pipeline() + ")" : stay.stage(),
						stay.stageId(), Rates.oneDecimal(stay.medianDays()), stay.movedOn()));
			}
		}
		List<String> findings = new ArrayList<>();
		rows.stream().max(Comparator.comparing((List<Object> row) -> (BigDecimal) row.get(2)))
			.ifPresent((row) -> findings.add("Deals stay longest in " + row.get(0) + ": a median of "
					+ ((BigDecimal) row.get(2)).toPlainString() + " days before their next stage."));
		long stillIn = stays.stream().mapToLong((stay) -> stay.entries() - stay.movedOn()).sum();
		if (stillIn > 0) {
			findings.add(stillIn + " of the period's stage entries have no later entry yet (the deal is still there, or "
					+ "the stage closed it) and are not timed.");
		}
		return new Panel("stage_velocity", "Days in stage",
				"For the deals' entries into each pipeline stage during the period, the median days until the deal "
						+ "entered its next stage (whenever that was), with how many moved on. Entries with no later "
						+ "entry are not timed, so closing stages do not appear.",
				ChartType.HBAR,
				List.of(Column.of("stage", "Stage", Unit.TEXT), Column.of("stage_id", "Stage id", Unit.ID),
						Column.of("median_days", "Median days", Unit.DAYS), Column.of("moved_on", "Moved on", Unit.COUNT)),
				rows, new Drill(RowSet.DEALS, Map.of("date", "entered_stage"), Map.of("stage_id", "stage")), findings);
	}

	Panel leadAging(List<AgingRow> aging) {
		long[] leads = new long[AGE_BUCKETS.size()];
		long[] deals = new long[AGE_BUCKETS.size()];
		long undated = 0;
		for (AgingRow row : aging) {
			if (row.bucket() == null) {
				undated += row.open();
			}
			else if (row.kind().equals("lead")) {
				leads[row.bucket()] += row.open();
			}
			else {
				deals[row.bucket()] += row.open();
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (LeadCohort.sum(leads) + LeadCohort.sum(deals) > 0) {
			for (int i = 0; i < AGE_BUCKETS.size(); i++) {
				rows.add(Arrays.asList(AGE_BUCKETS.get(i), leads[i], deals[i]));
			}
			long old = leads[4] + deals[4];
			long all = LeadCohort.sum(leads) + LeadCohort.sum(deals);
			findings.add(old + " of " + all + " open leads and deals (" + Rates.text(Rates.percent(old, all))
					+ ") are more than 90 days old.");
		}
		if (undated > 0) {
			findings.add(undated + ((undated == 1) ? " open deal has" : " open deals have")
					+ " no creation date and " + ((undated == 1) ? "is" : "are") + " left out.");
		}
		return new Panel("lead_aging", "Lead and deal aging",
				"Leads and deals open at the end of the period by age: whole days from the day they were created to the "
						+ "period's last day (90+ is more than 90). A lead is open when it has no won deal and is not "
						+ "lost (not every deal it had was lost); a deal is open when it was not yet won or lost then.",
				ChartType.BAR,
				List.of(Column.of("age", "Age (days)", Unit.TEXT), Column.of("open_leads", "Open leads", Unit.COUNT),
						Column.of("open_deals", "Open deals", Unit.COUNT)),
				rows, null, findings);
	}

	Panel temperature(LeadCohort cohort) {
		Map<String, Long> temperatures = cohort.temperatures(LeadCohort.PERIOD);
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		long all = temperatures.values().stream().mapToLong(Long::longValue).sum();
		if (all > 0) {
			for (String temperature : List.of("hot", "warm", "cold")) {
				rows.add(Arrays.asList(capitalised(temperature), temperatures.getOrDefault(temperature, 0L)));
			}
			long hot = temperatures.getOrDefault("hot", 0L);
			findings.add(hot + " of " + all + " open leads (" + Rates.text(Rates.percent(hot, all)) + ") are hot.");
		}
		return new Panel("temperature", "Lead temperature",
				"The period's leads still open at its end by engagement. The warehouse has no engagement score, so one "
						+ "is derived (0-100): recency of the last touch (creation, GHL's last activity, messages, calls, "
						+ "appointments, notes, tasks or a deal's stage change) before the period's end gives 60 points "
						+ "within 2 days, 45 within 7, 30 within 14, 15 within 30, else 0; stage progress adds 10 for "
						+ "Contacted, 25 for Qualified, 40 for Proposal. Hot from " + this.funnel.hotScore()
						+ ", warm from " + this.funnel.warmScore() + ", cold below.",
				ChartType.BAR,
				List.of(Column.of("temperature", "Temperature", Unit.TEXT), Column.of("leads", "Open leads", Unit.COUNT)),
				rows, null, findings);
	}

	Panel conversionBySource(LeadCohort cohort) {
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> source : cohort.bySource(LeadCohort.PERIOD).entrySet()) {
			long leads = LeadCohort.sum(source.getValue());
			long converted = source.getValue()[4];
			rows.add(Arrays.asList(source.getKey(), Rates.percent(converted, leads), leads, converted));
		}
		return new Panel("conversion_by_source", "Conversion by source",
				"Conversion and leads of each lead source, sources with the most leads first. " + CONVERSION,
				ChartType.HBAR,
				List.of(Column.of("source", "Source", Unit.TEXT), Column.of("conversion", "Conversion", Unit.PERCENT),
						Column.of("leads", "Leads", Unit.COUNT), Column.of("converted", "Converted", Unit.COUNT)),
				rows, leads(Map.of("source", "source")), bestAndWorst(rows, (name) -> "leads from " + name));
	}

	Panel conversionByAgent(LeadCohort cohort) {
		List<List<Object>> rows = new ArrayList<>();
		List<List<Object>> named = new ArrayList<>();
		for (LeadCohort.AgentFunnel agent : cohort.byAgent(LeadCohort.PERIOD)) {
			long converted = agent.furthest()[4];
			rows.add(Arrays.asList(agent.label(), agent.agentId(), Rates.percent(converted, agent.leads()),
					agent.leads(), converted));
			named.add(Arrays.asList(agent.label(), Rates.percent(converted, agent.leads()), agent.leads(), converted));
		}
		return new Panel("conversion_by_agent", "Conversion by agent",
				"Conversion and leads of each assigned agent, agents with the most leads first; leads without an agent "
						+ "are \"Unassigned\". " + CONVERSION,
				ChartType.HBAR,
				List.of(Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID),
						Column.of("conversion", "Conversion", Unit.PERCENT), Column.of("leads", "Leads", Unit.COUNT),
						Column.of("converted", "Converted", Unit.COUNT)),
				rows, leads(Map.of("agent_id", "agent")), bestAndWorst(named, (name) -> name + "'s leads"));
	}

	Panel conversionByPeriod(LeadCohort cohort, PanelContext context) {
		boolean monthly = cohort.monthly();
		SortedMap<LocalDate, long[]> byBucket = cohort.byBucket(LeadCohort.PERIOD);
		List<List<Object>> rows = new ArrayList<>();
		if (!byBucket.isEmpty()) {
			for (LocalDate bucket : LeadCohort.buckets(context.period(), monthly)) {
				long[] here = byBucket.getOrDefault(bucket, new long[FunnelStage.COUNT]);
				long leads = LeadCohort.sum(here);
				rows.add(Arrays.asList(bucket(bucket, monthly), Rates.percent(here[4], leads), leads, here[4]));
			}
		}
		String unit = monthly ? "month" : "week";
		return new Panel("conversion_by_period", "Conversion by " + unit,
				"Conversion and leads of the leads created in each " + unit + " of the period (weeks start on Monday). "
						+ CONVERSION + " Every " + unit + "'s leads are counted to the same end, so the latest show the "
						+ "least time to convert.",
				ChartType.LINE,
				List.of(monthly ? Column.of("month", "Month", Unit.MONTH) : Column.of("week", "Week", Unit.DATE),
						Column.of("conversion", "Conversion", Unit.PERCENT), Column.of("leads", "Leads", Unit.COUNT),
						Column.of("converted", "Converted", Unit.COUNT)),
				rows, leads(Map.of(unit, unit)), List.of());
	}

	Panel stageDropoff(LeadCohort cohort) {
		long[] reached = cohort.reached(LeadCohort.PERIOD);
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (reached[0] > 0) {
			for (FunnelStage stage : FunnelStage.ALL.subList(0, FunnelStage.COUNT - 1)) {
				int k = stage.ordinal();
				rows.add(Arrays.asList(stage.label(), stage.code(), Rates.dropOff(reached[k + 1], reached[k]), reached[k],
						reached[k] - reached[k + 1]));
			}
			biggestDrop(reached).ifPresent(findings::add);
		}
		return new Panel("stage_dropoff", "Drop-off by stage",
				"Of the period's leads that reached each funnel stage, the percentage that went no further by the "
						+ "period's end (100 minus the stage's conversion to the next), with the leads reached and lost "
						+ "there. " + STAGES,
				ChartType.BAR,
				List.of(Column.of("stage", "Stage", Unit.TEXT), Column.of("funnel_stage", "Stage code", Unit.ID),
						Column.of("drop_off", "Drop-off", Unit.PERCENT), Column.of("reached", "Reached", Unit.COUNT),
						Column.of("dropped", "Dropped", Unit.COUNT)),
				rows, leads(Map.of("funnel_stage", "funnel_stage")), findings);
	}

	Panel activityHeatmap(List<ActivityRow> activity) {
		boolean fallback = activity.stream().noneMatch((row) -> row.kind().equals("activity"));
		List<String> kinds = fallback ? List.of("created", "stage") : List.of("activity", "stage");
		long[][] cells = new long[7][24];
		long total = 0;
		long atMidnight = 0;
		for (ActivityRow row : activity) {
			if (kinds.contains(row.kind())) {
				cells[row.weekday() - 1][row.hour()] += row.events();
				total += row.events();
				atMidnight += row.atMidnight();
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (total > 0) {
			int bestDay = 0;
			int bestHour = 0;
			for (int day = 0; day < 7; day++) {
				for (int hour = 0; hour < 24; hour++) {
					rows.add(Arrays.asList(hour, WEEKDAYS.get(day), cells[day][hour], day + 1));
					if (cells[day][hour] > cells[bestDay][bestHour]) {
						bestDay = day;
						bestHour = hour;
					}
				}
			}
			findings.add("The busiest hour is " + WEEKDAYS.get(bestDay) + " " + bestHour + ":00-" + bestHour + ":59 with "
					+ cells[bestDay][bestHour] + " of " + total + " events.");
			if (fallback) {
				findings.add("There is no activity (messages, calls, appointments, notes, tasks) in the period, so the "
						+ "map shows when leads were created and deals changed stage.");
			}
			if (atMidnight * 2 > total) {
				findings.add(atMidnight + " of " + total + " events fall exactly at midnight: their data has dates "
						+ "without times.");
			}
		}
		return new Panel("activity_heatmap", "Activity by weekday and hour",
				"Events in the period by weekday (Mon-Sun) and hour (0-23) in the brokerage's time zone: messages and "
						+ "calls, appointments booked, notes, tasks created and completed, and deals' stage changes. "
						+ "When the period has no messages, calls, appointments, notes or tasks, the map falls back to "
						+ "the times leads were created and deals changed stage"
						+ (fallback && total > 0 ? ", as it does here." : "."),
				ChartType.HEATMAP,
				List.of(Column.of("hour", "Hour", Unit.NUMBER), Column.of("weekday", "Weekday", Unit.TEXT),
						Column.of("events", "Events", Unit.COUNT), Column.of("iso_weekday", "ISO weekday", Unit.ID)),
				rows, leads(Map.of("iso_weekday", "weekday", "hour", "hour")), findings);
	}

	private static Optional<String> biggestDrop(long[] reached) {
		int worst = -1;
		BigDecimal worstDrop = null;
		for (int k = 0; k < reached.length - 1; k++) {
			BigDecimal drop = Rates.dropOff(reached[k + 1], reached[k]);
			if (drop != null && (worstDrop == null || drop.compareTo(worstDrop) > 0)) {
				worst = k;
				worstDrop = drop;
			}
		}
		if (worst < 0 || worstDrop.signum() == 0) {
			return Optional.empty();
		}
		FunnelStage stage = FunnelStage.ALL.get(worst);
		return Optional.of("Most leads are lost at " + stage.label() + ": " + Rates.text(worstDrop) + " of the "
				+ reached[worst] + " that reached it went no further.");
	}

	// Best and worst conversion among groups with enough leads to say so; rows are name, conversion, leads, converted.
	private List<String> bestAndWorst(List<List<Object>> rows, UnaryOperator<String> whose) {
		List<List<Object>> large = rows.stream()
			.filter((row) -> ((Number) row.get(2)).longValue() >= this.funnel.minLeads() && row.get(1) != null)
			.toList();
		if (large.size() < 2) {
			return List.of();
		}
		Comparator<List<Object>> byRate = Comparator.comparing((List<Object> row) -> (BigDecimal) row.get(1));
		List<Object> best = large.stream().max(byRate).orElseThrow();
		List<Object> worst = large.stream().min(byRate).orElseThrow();
		if (((BigDecimal) best.get(1)).compareTo((BigDecimal) worst.get(1)) == 0) {
			return List.of();
		}
		return List.of(capitalised(whose.apply((String) best.get(0))) + " convert best: "
				+ Rates.text((BigDecimal) best.get(1)) + " of " + best.get(2) + "; " + whose.apply((String) worst.get(0))
				+ " least: " + Rates.text((BigDecimal) worst.get(1)) + " of " + worst.get(2) + ".");
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static Object bucket(LocalDate bucket, boolean monthly) {
		return monthly ? YearMonth.from(bucket) : bucket;
	}

	private static Drill leads(Map<String, String> byColumn) {
		return new Drill(RowSet.LEADS, Map.of(), byColumn);
	}

}
