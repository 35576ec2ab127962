package io.keystonebi.reports.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;

import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Drill;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.reports.panels.PanelSource;
import io.keystonebi.reports.panels.RowSet;
import io.keystonebi.reports.panels.Unit;
import io.keystonebi.sql.funnel.ExperimentCohortRow;
import io.keystonebi.sql.funnel.FunnelQueries;

/**
 * The "funnel" page: how the period's leads move through Lead, Contacted, Qualified, Proposal and Closed, against
 * the compared period and the brokerage's norm, where and why they drop out, and the A/B experiments. Two
 * statements, read as one snapshot ({@link Snapshot}): the cohorts (period, compared period, norm) and the
 * experiments.
 */
@Component
public class FunnelPanels implements PanelSource {

	private static final List<FunnelStage> STEPS = FunnelStage.ALL.subList(0, FunnelStage.COUNT - 1);

	private static final String STAGES = "A lead counts at every stage up to the furthest it reached by the period's "
			+ "end: Closed when it has a won deal; Proposal, Qualified or Contacted when one of its deals entered a "
			+ "pipeline stage mapped to it (Contacted also by an outbound message or call by a person, or an "
			+ "appointment).";

	private final ReportsProperties.Funnel funnel;

	/** @param properties the funnel's stage mapping, thresholds and experiments */
	public FunnelPanels(ReportsProperties properties) {
		this.funnel = properties.funnel();
	}

	@Override
	public String page() {
		return "funnel";
	}

	@Override
	public List<Panel> panels(Handle handle, PanelContext context) {
		return Snapshot.read(handle, (snapshot) -> panels(LeadCohort.read(snapshot, context, this.funnel, true, true),
				experiments(snapshot, context), context));
	}

	private List<Panel> panels(LeadCohort cohort, List<Experiment> experiments, PanelContext context) {
		return List.of(stageConversion(cohort, context), dropoffCauses(cohort), bySource(cohort), byAgent(cohort),
				byPeriod(cohort, context), bottlenecks(cohort), experimentsPanel(experiments), velocity(cohort));
	}

	Panel stageConversion(LeadCohort cohort, PanelContext context) {
		long[] reached = cohort.reached(LeadCohort.PERIOD);
		long[] base = cohort.reached(LeadCohort.BASE);
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (reached[0] > 0 || base[0] > 0) {
			for (FunnelStage stage : STEPS) {
				int k = stage.ordinal();
				rows.add(Arrays.asList(stage.stepLabel(), stage.code(), Rates.percent(reached[k + 1], reached[k]),
						(context.base() != null) ? Rates.percent(base[k + 1], base[k]) : null));
			}
			weakest(rows).ifPresent((row) -> findings.add("The weakest step is " + row.get(0) + " at "
					+ Rates.text((BigDecimal) row.get(2)) + "."));
			largestChange(rows).ifPresent(findings::add);
		}
		return new Panel("stage_conversion", "Stage conversion",
				"Of the period's leads that reached each funnel stage, the percentage that went on to the next, beside "
						+ "the same for the compared period's leads" + ((context.base() == null)
								? " (none here: the comparison is with targets)." : ".")
						+ " " + STAGES,
				ChartType.BAR,
				List.of(Column.of("step", "Step", Unit.TEXT), Column.of("funnel_stage", "From stage", Unit.ID),
						Column.of("conversion", "Conversion", Unit.PERCENT),
						Column.of("base_conversion", "Compared period", Unit.PERCENT)),
				rows, drill("funnel_stage", "funnel_stage"), findings);
	}

	Panel dropoffCauses(LeadCohort cohort) {
		long[] reached = cohort.reached(LeadCohort.PERIOD);
		List<DropoffCauses.Cause> causes = new DropoffCauses(this.funnel).of(cohort, LeadCohort.PERIOD);
		List<List<Object>> rows = new ArrayList<>();
		if (reached[0] > 0) {
			for (FunnelStage stage : STEPS) {
				int k = stage.ordinal();
				List<String> here = causes.stream().filter((cause) -> cause.stage() == stage)
					.map(DropoffCauses.Cause::sentence).toList();
				String text = here.isEmpty()
						? ((reached[k] == 0) ? "No lead reached this stage." : "No cause stands out in the data.")
						: String.join(" ", here);
				rows.add(Arrays.asList(stage.label(), stage.code(), reached[k],
						Rates.dropOff(reached[k + 1], reached[k]), text));
			}
		}
		return new Panel("dropoff_causes", "Drop-off and likely causes",
				"For each funnel stage, the period's leads that reached it, the percentage of them that went no "
						+ "further, and the causes the data supports: a source or agent whose leads drop out there at "
						+ this.funnel.causeRatio().stripTrailingZeros().toPlainString() + " times the average or more "
						+ "(or move on at that fraction of the average rate or less), leads not contacted within "
						+ DropoffCauses.describe(this.funnel.speedToLead()) + " converting less, and open deals idle "
						+ "for more than " + this.funnel.idleDays() + " days. Groups of fewer than "
						+ this.funnel.minLeads() + " leads are left out. " + STAGES,
				ChartType.TABLE,
				List.of(Column.of("stage", "Stage", Unit.TEXT), Column.of("funnel_stage", "Stage code", Unit.ID),
						Column.of("reached", "Leads reached", Unit.COUNT), Column.of("drop_off", "Drop-off", Unit.PERCENT),
						Column.of("causes", "Likely causes", Unit.TEXT)),
				rows, drill("funnel_stage", "funnel_stage"), DropoffCauses.top(causes, 3));
	}

	Panel bySource(LeadCohort cohort) {
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> source : cohort.bySource(LeadCohort.PERIOD).entrySet()) {
			List<Object> row = new ArrayList<>();
			row.add(source.getKey());
			addReached(row, LeadCohort.reached(source.getValue()));
			rows.add(row);
		}
		List<Column> columns = new ArrayList<>(List.of(Column.of("source", "Source", Unit.TEXT)));
		columns.addAll(stageColumns());
		return new Panel("by_source", "Funnel by source",
				"The period's leads of each source that reached each funnel stage, sources with the most leads first. "
						+ STAGES,
				ChartType.HBAR, columns, rows, drill("source", "source"), List.of());
	}

	Panel byAgent(LeadCohort cohort) {
		List<List<Object>> rows = new ArrayList<>();
		for (LeadCohort.AgentFunnel agent : cohort.byAgent(LeadCohort.PERIOD)) {
			List<Object> row = new ArrayList<>();
			row.add(agent.label());
			row.add(agent.agentId());
			addReached(row, LeadCohort.reached(agent.furthest()));
			rows.add(row);
		}
		List<Column> columns = new ArrayList<>(
				List.of(Column.of("agent", "Agent", Unit.TEXT), Column.of("agent_id", "Agent id", Unit.ID)));
		columns.addAll(stageColumns());
		return new Panel("by_agent", "Funnel by agent",
				"The period's leads of each assigned agent that reached each funnel stage, agents with the most leads "
						+ "first; leads without an agent are \"Unassigned\". " + STAGES,
				ChartType.HBAR, columns, rows, drill("agent_id", "agent"), List.of());
	}

	Panel byPeriod(LeadCohort cohort, PanelContext context) {
		boolean monthly = cohort.monthly();
		Map<LocalDate, long[]> period = cohort.byBucket(LeadCohort.PERIOD);
		Map<LocalDate, long[]> base = cohort.byBucket(LeadCohort.BASE);
		List<LocalDate> buckets = LeadCohort.buckets(context.period(), monthly);
		List<LocalDate> baseBuckets = (context.base() != null) ? LeadCohort.buckets(context.base(), monthly) : List.of();
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (!period.isEmpty() || !base.isEmpty()) {
			for (int i = 0; i < buckets.size(); i++) {
				long[] here = period.getOrDefault(buckets.get(i), new long[FunnelStage.COUNT]);
				long[] there = (i < baseBuckets.size())
						? base.getOrDefault(baseBuckets.get(i), new long[FunnelStage.COUNT]) : null;
				rows.add(Arrays.asList(monthly ? YearMonth.from(buckets.get(i)) : buckets.get(i),
						Rates.percent(here[4], LeadCohort.sum(here)),
						(there != null) ? Rates.percent(there[4], LeadCohort.sum(there)) : null, LeadCohort.sum(here),
						(there != null) ? LeadCohort.sum(there) : null));
			}
			BigDecimal now = Rates.percent(cohort.reached(LeadCohort.PERIOD)[4], cohort.leads(LeadCohort.PERIOD));
			BigDecimal then = Rates.percent(cohort.reached(LeadCohort.BASE)[4], cohort.leads(LeadCohort.BASE));
			if (now != null && then != null) {
				BigDecimal change = now.subtract(then);
				findings.add("Conversion is " + Rates.text(now) + " against " + Rates.text(then)
						+ " in the compared period (" + ((change.signum() >= 0) ? "up " : "down ") + Rates.points(change)
						+ ").");
			}
		}
		String unit = monthly ? "month" : "week";
		return new Panel("by_period", "Conversion by " + unit,
				"Of the leads created in each " + unit + " of the period, the percentage with a deal won by the period's "
						+ "end, beside the same for the compared period's " + unit + "s (the first " + unit
						+ " of each side together, then the second, and so on), with their leads. Weeks start on Monday; "
						+ "months are bucketed when the period is longer than " + LeadCohort.WEEKLY_UP_TO_DAYS + " days.",
				ChartType.LINE,
				List.of(monthly ? Column.of("month", "Month", Unit.MONTH) : Column.of("week", "Week", Unit.DATE),
						Column.of("conversion", "Conversion", Unit.PERCENT),
						Column.of("base_conversion", "Compared period", Unit.PERCENT),
						Column.of("leads", "Leads", Unit.COUNT), Column.of("base_leads", "Compared leads", Unit.COUNT)),
				rows, drill(unit, unit), findings);
	}

	Panel bottlenecks(LeadCohort cohort) {
		long[] reached = cohort.reached(LeadCohort.PERIOD);
		long[] norm = cohort.reached(LeadCohort.NORM);
		BigDecimal threshold = this.funnel.bottleneckPercent();
		BigDecimal keep = BigDecimal.ONE.subtract(threshold.movePointLeft(2));
		String normName = "the norm (the " + this.funnel.normMonths() + " months before the period)";
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		if (reached[0] > 0) {
			for (FunnelStage stage : STEPS) {
				int k = stage.ordinal();
				BigDecimal conversion = Rates.percent(reached[k + 1], reached[k]);
				BigDecimal normal = Rates.percent(norm[k + 1], norm[k]);
				BigDecimal difference = (conversion != null && normal != null) ? conversion.subtract(normal) : null;
				boolean flagged = false;
				String sentence;
				if (reached[k] < this.funnel.minLeads() || norm[k] < this.funnel.minLeads()) {
					sentence = "Too few leads to compare (" + reached[k] + " reached " + stage.label() + ", " + norm[k]
							+ " in the norm; " + this.funnel.minLeads() + " needed).";
				}
				else if (conversion.compareTo(normal.multiply(keep)) < 0) {
					flagged = true;
					BigDecimal below = normal.subtract(conversion).multiply(BigDecimal.valueOf(100))
						.divide(normal, 0, RoundingMode.HALF_UP);
					sentence = stage.stepLabel() + " converts " + Rates.text(conversion) + ", " + below
							+ " % below " + normName + " of " + Rates.text(normal) + ".";
					findings.add(sentence);
				}
				else {
					sentence = "Within " + threshold.stripTrailingZeros().toPlainString() + " % of the norm ("
							+ Rates.text(normal) + ").";
				}
				rows.add(Arrays.asList(stage.stepLabel(), stage.code(), conversion, normal, difference,
						flagged ? "yes" : "no", sentence));
			}
		}
		return new Panel("bottlenecks", "Bottlenecks",
				"Each step's conversion in the period against " + normName + ", counted the same way as of the period's "
						+ "start. A step is a bottleneck when it converts more than "
						+ threshold.stripTrailingZeros().toPlainString() + " % below the norm, with at least "
						+ this.funnel.minLeads() + " leads at the step on both sides. " + STAGES,
				ChartType.TABLE,
				List.of(Column.of("step", "Step", Unit.TEXT), Column.of("funnel_stage", "From stage", Unit.ID),
						Column.of("conversion", "Conversion", Unit.PERCENT), Column.of("norm", "Norm", Unit.PERCENT),
						Column.of("difference_points", "Difference (points)", Unit.NUMBER),
						Column.of("bottleneck", "Bottleneck", Unit.TEXT), Column.of("finding", "Finding", Unit.TEXT)),
				rows, drill("funnel_stage", "funnel_stage"), findings);
	}

	List<Experiment> experiments(Handle handle, PanelContext context) {
		List<ReportsProperties.Funnel.Experiment> configured = this.funnel.experiments();
		if (configured.isEmpty()) {
			return List.of();
		}
		String[] kinds = configured.stream().flatMap((e) -> Stream.of(e.a().kind(), e.b().kind()))
			.toArray(String[]::new);
		String[] values = configured.stream().flatMap((e) -> Stream.of(e.a().value(), e.b().value()))
			.toArray(String[]::new);
		ReportingPeriod period = context.period();
		List<ExperimentCohortRow> rows = handle.attach(FunnelQueries.class).experiments(period.from(), period.to(),
				kinds, values, context.scopeAll(), context.scopeUsers());
		List<Experiment> experiments = new ArrayList<>();
		for (int i = 0; i < configured.size(); i++) {
			experiments.add(new Experiment(configured.get(i), cohort(rows, 2 * i + 1), cohort(rows, 2 * i + 2)));
		}
		return experiments;
	}

	Panel experimentsPanel(List<Experiment> experiments) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		for (Experiment experiment : experiments) {
			ExperimentCohortRow a = experiment.a();
			ExperimentCohortRow b = experiment.b();
			BigDecimal rateA = Rates.percent(a.converted(), a.leads());
			BigDecimal rateB = Rates.percent(b.converted(), b.leads());
			BigDecimal difference = (rateA != null && rateB != null) ? rateB.subtract(rateA) : null;
			TwoProportionTest test = TwoProportionTest.of(a.converted(), a.leads(), b.converted(), b.leads());
			String sentence = sentence(experiment, rateA, rateB, difference, test);
			findings.add(sentence);
			rows.add(Arrays.asList(experiment.config().name(), experiment.config().a().label(), a.leads(),
					a.converted(), rateA, experiment.config().b().label(), b.leads(), b.converted(), rateB, difference,
					(test != null) ? BigDecimal.valueOf(test.pValue()).setScale(4, RoundingMode.HALF_UP) : null,
					(test != null) ? (test.significant() ? "yes" : "no") : null, sentence));
		}
		return new Panel("experiments", "Experiments",
				"Each configured A/B comparison of two cohorts of the period's leads (by lead source or tag): leads, "
						+ "conversions (a deal won by the period's end) and conversion rates, B's difference from A in "
						+ "points, and the two-sided p-value of a two-proportion z-test with pooled variance; "
						+ "significant when p is below 0.05. A lead in both cohorts counts in both.",
				ChartType.TABLE,
				List.of(Column.of("experiment", "Experiment", Unit.TEXT), Column.of("cohort_a", "Cohort A", Unit.TEXT),
						Column.of("leads_a", "Leads A", Unit.COUNT), Column.of("converted_a", "Converted A", Unit.COUNT),
						Column.of("conversion_a", "Conversion A", Unit.PERCENT),
						Column.of("cohort_b", "Cohort B", Unit.TEXT), Column.of("leads_b", "Leads B", Unit.COUNT),
						Column.of("converted_b", "Converted B", Unit.COUNT),
						Column.of("conversion_b", "Conversion B", Unit.PERCENT),
						Column.of("difference_points", "Difference (points)", Unit.NUMBER),
						Column.of("p_value", "p-value", Unit.NUMBER), Column.of("significant", "Significant at 5 %", Unit.TEXT),
						Column.of("finding", "Finding", Unit.TEXT)),
				rows, null, findings);
	}

	Panel velocity(LeadCohort cohort) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		for (FunnelStage stage : STEPS) {
			long moved = cohort.movedOn(LeadCohort.PERIOD, stage);
			if (moved > 0) {
				rows.add(Arrays.asList(stage.label(), stage.code(),
						Rates.oneDecimal(cohort.medianDays(LeadCohort.PERIOD, stage)), moved));
			}
		}
		rows.stream().max(Comparator.comparing((List<Object> row) -> (BigDecimal) row.get(2)))
			.filter((row) -> rows.size() > 1)
			.ifPresent((row) -> findings.add("Leads wait longest after " + row.get(0) + ": a median of "
					+ ((BigDecimal) row.get(2)).toPlainString() + " days."));
		return new Panel("velocity", "Funnel velocity",
				"For each funnel stage, the median days the period's leads took from entering it to entering the next "
						+ "stage they reached (a skipped stage is passed over), by the period's end, over the leads that "
						+ "moved on; with how many did. A lead enters Lead when created, Contacted at its first contact or "
						+ "mapped stage, Qualified and Proposal at its deal's first entry into a mapped stage, Closed when "
						+ "won.",
				ChartType.HBAR,
				List.of(Column.of("stage", "Stage", Unit.TEXT), Column.of("funnel_stage", "Stage code", Unit.ID),
						Column.of("median_days", "Median days to next stage", Unit.DAYS),
						Column.of("moved_on", "Leads moved on", Unit.COUNT)),
				rows, null, findings);
	}

	private static String sentence(Experiment experiment, BigDecimal rateA, BigDecimal rateB, BigDecimal difference,
			TwoProportionTest test) {
		ReportsProperties.Funnel.Experiment config = experiment.config();
		String a = config.a().label();
		String b = config.b().label();
		if (rateA == null || rateB == null) {
			return config.name() + ": no leads of " + ((rateA == null) ? a : b) + " in the period, nothing to compare.";
		}
		String head = config.name() + ": " + b + " converts " + Rates.text(rateB) + " against " + Rates.text(rateA)
				+ " for " + a + " (" + ((difference.signum() >= 0) ? "+" : "-") + Rates.points(difference);
		if (test == null) {
			return head + "); no test possible when every lead or none converted.";
		}
		String p = String.format(Locale.ROOT, "%.3f", test.pValue());
		return head + ", p = " + p + "): " + (test.significant() ? "significant at 5 %." : "not significant at 5 %.");
	}

	private static ExperimentCohortRow cohort(List<ExperimentCohortRow> rows, int position) {
		return rows.stream().filter((row) -> row.position() == position).findFirst()
			.orElse(new ExperimentCohortRow(position, 0, 0));
	}

	private static Optional<List<Object>> weakest(List<List<Object>> rows) {
		return rows.stream().filter((row) -> row.get(2) != null)
			.min(Comparator.comparing((List<Object> row) -> (BigDecimal) row.get(2)));
	}

	private static Optional<String> largestChange(List<List<Object>> rows) {
		return rows.stream().filter((row) -> row.get(2) != null && row.get(3) != null)
			.max(Comparator.comparing(
					(List<Object> row) -> ((BigDecimal) row.get(2)).subtract((BigDecimal) row.get(3)).abs()))
			.filter((row) -> !Objects.equals(row.get(2), row.get(3)))
			.map((row) -> {
				BigDecimal change = ((BigDecimal) row.get(2)).subtract((BigDecimal) row.get(3));
				return row.get(0) + " moved most against the compared period: "
						+ Rates.text((BigDecimal) row.get(2)) + " from " + Rates.text((BigDecimal) row.get(3)) + " ("
						+ ((change.signum() > 0) ? "up " : "down ") + Rates.points(change) + ").";
			});
	}

	private static void addReached(List<Object> row, long[] reached) {
		for (long count : reached) {
			row.add(count);
		}
	}

	private static List<Column> stageColumns() {
		return FunnelStage.ALL.stream().map((stage) -> Column.of(stage.code(), stage.label(), Unit.COUNT)).toList();
	}

	private static Drill drill(String column, String filter) {
		return new Drill(RowSet.LEADS, Map.of(), Map.of(column, filter));
	}

	/**
	 * An experiment's two cohorts in the period.
	 *
	 * @param config what it compares
	 * @param a cohort A's leads and conversions
	 * @param b cohort B's
	 */
	record Experiment(ReportsProperties.Funnel.Experiment config, ExperimentCohortRow a, ExperimentCohortRow b) {
	}

}
