package io.keystonebi.reports.funnel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.PanelContext;
import io.keystonebi.sql.funnel.CohortQuery;
import io.keystonebi.sql.funnel.CohortRow;
import io.keystonebi.sql.funnel.FunnelQueries;
import io.keystonebi.sql.funnel.FunnelSteps;

/**
 * The leads created in a period (and, when asked, in the compared period and the norm window), each placed at the
 * furthest funnel stage it reached by its window's end, counted by source, agent, week or month, outcome,
 * temperature, speed to lead and idleness: everything the pipeline and funnel pages say about leads, read in one
 * statement. Counts "at" a stage are of the leads whose furthest stage it is; counts that "reached" a stage are of
 * those at it or beyond.
 */
public final class LeadCohort {

	/** The period asked for. */
	public static final String PERIOD = "period";

	/** The period compared with. */
	public static final String BASE = "base";

	/** The norm: the months before the period, as of its start. */
	public static final String NORM = "norm";

	/** Periods longer than this many days are bucketed by month, shorter ones by ISO week. */
	public static final int WEEKLY_UP_TO_DAYS = 62;

	private final List<CohortRow> rows;

	private final boolean monthly;

	private LeadCohort(List<CohortRow> rows, boolean monthly) {
		this.rows = rows;
		this.monthly = monthly;
	}

	/**
	 * @param handle the page's connection
	 * @param context the period, its comparison and the caller's scope
	 * @param funnel the stage mapping and thresholds
	 * @param withBase whether to count the compared period too (when there is one)
	 * @param withNorm whether to count the norm window (the {@code normMonths} before the period)
	 * @return the cohorts
	 */
	public static LeadCohort read(Handle handle, PanelContext context, ReportsProperties.Funnel funnel,
			boolean withBase, boolean withNorm) {
		ReportingPeriod period = context.period();
		ReportingPeriod base = withBase ? context.base() : null;
		boolean monthly = monthly(period);
		CohortQuery query = new CohortQuery(period.from(), period.to(), (base != null) ? base.from() : null,
				(base != null) ? base.to() : null, withNorm ? period.from().minusMonths(funnel.normMonths()) : null,
				withNorm ? period.from() : null, monthly ? "month" : "week", funnel.speedToLead().toSeconds(),
				funnel.idleDays(), funnel.hotScore(), funnel.warmScore(), context.scopeAll(), context.scopeUsers());
		return new LeadCohort(handle.attach(FunnelQueries.class).cohort(query, steps(funnel)), monthly);
	}

	/**
	 * @param funnel the configured stage-name lists
	 * @return the stage mapping every statement that places leads in the funnel is bound with
	 */
	public static FunnelSteps steps(ReportsProperties.Funnel funnel) {
		return new FunnelSteps(funnel.contactedKeys(), funnel.qualifiedKeys(), funnel.proposalKeys(),
				funnel.contactedByActivity());
	}

	/** @return whether the period is bucketed by month (longer than {@value #WEEKLY_UP_TO_DAYS} days) */
	public static boolean monthly(ReportingPeriod period) {
		return period.days() > WEEKLY_UP_TO_DAYS;
	}

	/**
	 * @param period a period
	 * @param monthly whether by month, else by ISO week from Monday
	 * @return the first day of every bucket the period touches, in order
	 */
	public static List<LocalDate> buckets(ReportingPeriod period, boolean monthly) {
		LocalDate first = monthly ? period.from().withDayOfMonth(1)
				: period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<LocalDate> buckets = new ArrayList<>();
		for (LocalDate bucket = first; bucket.isBefore(period.to());
				bucket = monthly ? bucket.plusMonths(1) : bucket.plus(1, ChronoUnit.WEEKS)) {
			buckets.add(bucket);
		}
		return buckets;
	}

	/**
	 * @param furthest leads at each stage as their furthest
	 * @return leads that reached each stage: at it or beyond
	 */
	public static long[] reached(long[] furthest) {
		long[] reached = new long[furthest.length];
		long sum = 0;
		for (int i = furthest.length - 1; i >= 0; i--) {
			sum += furthest[i];
			reached[i] = sum;
		}
		return reached;
	}

	/** @return whether leads are bucketed by month rather than week */
	public boolean monthly() {
		return this.monthly;
	}

	/** @return the window's leads */
	public long leads(String window) {
		return rows("window", window).mapToLong(CohortRow::leads).sum();
	}

	/** @return the window's leads at each stage as their furthest, by {@link FunnelStage} ordinal */
	public long[] furthest(String window) {
		return furthestOf(rows("step", window));
	}

	/** @return the window's leads that reached each stage */
	public long[] reached(String window) {
		return reached(furthest(window));
	}

	/** @return the window's leads at each furthest stage per source, most leads first (then by name) */
	public Map<String, long[]> bySource(String window) {
		Map<String, long[]> bySource = new LinkedHashMap<>();
		rows("source", window).forEach((row) -> counts(bySource, row.source())[row.step()] += row.leads());
		return sortedByLeads(bySource);
	}

	/** @return the window's leads by source, furthest stage and outcome */
	public List<Flow> flows(String window) {
		return rows("source", window).map((row) -> new Flow(row.source(), row.step(), row.outcome(), row.leads()))
			.toList();
	}

	/** @return the window's leads at each furthest stage per agent (unassigned as a null id), most leads first */
	public List<AgentFunnel> byAgent(String window) {
		Map<Long, AgentFunnel> byAgent = new LinkedHashMap<>();
		rows("agent", window).forEach((row) -> byAgent
			.computeIfAbsent(row.agentId(), (id) -> new AgentFunnel(id, row.agentName(), new long[FunnelStage.COUNT]))
			.furthest()[row.step()] += row.leads());
		return byAgent.values().stream()
			.sorted(Comparator.comparingLong(AgentFunnel::leads).reversed()
				.thenComparing(AgentFunnel::name, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** @return the window's leads at each furthest stage per week or month of creation, in order */
	public SortedMap<LocalDate, long[]> byBucket(String window) {
		SortedMap<LocalDate, long[]> byBucket = new TreeMap<>();
		rows("bucket", window).forEach((row) -> counts(byBucket, row.bucket())[row.step()] += row.leads());
		return byBucket;
	}

	/** @return the window's leads per week or month of creation and source, by bucket then most leads */
	public List<BucketSource> bucketSources(String window) {
		return rows("bucket_source", window).map((row) -> new BucketSource(row.bucket(), row.source(), row.leads()))
			.sorted(Comparator.comparing(BucketSource::bucket)
				.thenComparing(BucketSource::leads, Comparator.reverseOrder())
				.thenComparing(BucketSource::source))
			.toList();
	}

	/** @return the window's open leads by temperature ({@code hot}, {@code warm}, {@code cold}) */
	public Map<String, Long> temperatures(String window) {
		Map<String, Long> temperatures = new LinkedHashMap<>();
		rows("temperature", window).filter((row) -> row.temperature() != null)
			.forEach((row) -> temperatures.merge(row.temperature(), row.leads(), Long::sum));
		return temperatures;
	}

	/**
	 * @param window the window
	 * @param fast whether first contacted within the speed-to-lead time
	 * @return those of the window's leads at each furthest stage
	 */
	public long[] bySpeed(String window, boolean fast) {
		return furthestOf(rows("speed", window).filter((row) -> Objects.equals(row.fast(), fast)));
	}

	/** @return the window's open leads with an idle deal, at each furthest stage */
	public long[] idle(String window) {
		return furthestOf(rows("idle", window).filter((row) -> Boolean.TRUE.equals(row.idle())));
	}

	/**
	 * @param window the window
	 * @param stage Lead to Proposal
	 * @return the median days from entering the stage to the next stage reached, or null when no lead moved on
	 */
	public Double medianDays(String window, FunnelStage stage) {
		return rows("window", window).map((row) -> row.medianDays().get(stage.ordinal())).filter(Objects::nonNull)
			.findFirst().orElse(null);
	}

	/** @return how many of the window's leads entered the stage at a known time and moved on */
	public long movedOn(String window, FunnelStage stage) {
		return rows("window", window).mapToLong((row) -> row.movedOn().get(stage.ordinal())).sum();
	}

	private Stream<CohortRow> rows(String kind, String window) {
		return this.rows.stream().filter((row) -> row.kind().equals(kind) && row.window().equals(window));
	}

	private static <K> long[] counts(Map<K, long[]> counts, K key) {
		return counts.computeIfAbsent(key, (ignored) -> new long[FunnelStage.COUNT]);
	}

	private static long[] furthestOf(Stream<CohortRow> rows) {
		long[] furthest = new long[FunnelStage.COUNT];
		rows.forEach((row) -> furthest[row.step()] += row.leads());
		return furthest;
	}

	private static Map<String, long[]> sortedByLeads(Map<String, long[]> counts) {
		Map<String, long[]> sorted = new LinkedHashMap<>();
		counts.entrySet().stream()
			.sorted(Comparator.<Map.Entry<String, long[]>>comparingLong((entry) -> -sum(entry.getValue()))
				.thenComparing(Map.Entry::getKey))
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	/** @return the sum of the counts */
	public static long sum(long[] counts) {
		long sum = 0;
		for (long count : counts) {
			sum += count;
		}
		return sum;
	}

	/**
	 * Leads of one source that went as far as one stage and ended one way.
	 *
	 * @param source the lead source
	 * @param step the furthest stage's ordinal
	 * @param outcome {@code won}, {@code lost} or {@code open}
	 * @param leads how many
	 */
	public record Flow(String source, int step, String outcome, long leads) {
	}

	/**
	 * One agent's leads at each furthest stage.
	 *
	 * @param agentId the agent's warehouse id, null for unassigned leads
	 * @param name the agent's name, null for unassigned leads
	 * @param furthest leads at each stage as their furthest
	 */
	public record AgentFunnel(Long agentId, String name, long[] furthest) {

		/** @return all the agent's leads */
		public long leads() {
			return sum(this.furthest);
		}

		/** @return the name a page shows: the agent's, or "Unassigned" */
		public String label() {
			return (this.agentId == null || this.name == null) ? "Unassigned" : this.name;
		}

	}

	/**
	 * Leads of one source created in one week or month.
	 *
	 * @param bucket the week's Monday or the month's first day
	 * @param source the lead source
	 * @param leads how many
	 */
	public record BucketSource(LocalDate bucket, String source, long leads) {
	}

}
