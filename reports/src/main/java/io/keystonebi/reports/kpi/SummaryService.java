package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.sql.dashboard.DashboardQueries;
import io.keystonebi.sql.dashboard.LocationRow;
import io.keystonebi.sql.dashboard.MonthlyTargetRow;
import io.keystonebi.sql.dashboard.PeriodTotalsRow;
import io.keystonebi.sql.dashboard.RevenueToDateRow;
import io.keystonebi.sql.dashboard.SummaryRow;

/**
 * Computes the executive summary. All figures of one summary, the monthly revenue targets and the pipeline health
 * figures included, come from one statement, so they share one snapshot even while a sync is writing, without the
 * round trips of a transaction around several statements. The locations and their freshness are read just before
 * it, so every figure is at least as fresh as the stamp says.
 */
public class SummaryService {

	private final Jdbi jdbi;

	private final ReportsProperties properties;

	private final Clock clock;

	private final PeriodCalendar calendar;

	private final AlertRules alertRules;

	private final MoreKpisArithmetic moreKpis;

	private final HealthScoring health;

	private final StageModel stageModel;

	SummaryService(Jdbi jdbi, ReportsProperties properties, Clock clock) {
		this.jdbi = jdbi;
		this.properties = properties;
		this.clock = clock;
		this.calendar = new PeriodCalendar(properties.fiscalYearStartMonth());
		this.alertRules = new AlertRules(properties.alerts());
		this.moreKpis = new MoreKpisArithmetic(properties.commission());
		this.health = new HealthScoring(properties.pipelineHealth());
		this.stageModel = new StageModel(properties);
	}

	/**
	 * @param request the period and comparison
	 * @param scope whose deals, leads and targets count
	 * @return the summary
	 * @throws InvalidReportParameterException when the requested period is longer than allowed
	 */
	public Summary summarize(SummaryRequest request, DataScope scope) {
		return summarize(request, scope, null);
	}

	/**
	 * For a caller that decided the day itself, e.g. to key a cached summary by it: relative ranges, revenue to
	 * date and the comparison all count from that day, so it must be today in {@link #reportingZone()}.
	 * @param request the period and comparison
	 * @param scope whose deals, leads and targets count
	 * @param today the day relative ranges end on, or null for today in the reporting zone
	 * @return the summary
	 * @throws InvalidReportParameterException when the requested period is longer than allowed
	 */
	public Summary summarize(SummaryRequest request, DataScope scope, LocalDate today) {
		return this.jdbi.withHandle(handle -> summarize(handle.attach(DashboardQueries.class), request, scope, today));
	}

	/** @return the time zone "today" is taken in: the first location's, or UTC while there is none */
	public ZoneId reportingZone() {
		return this.jdbi.withHandle(handle -> reportingZone(handle.attach(DashboardQueries.class).locations()
			.stream().map(SummaryService::freshness).toList()));
	}

	private static ZoneId reportingZone(List<LocationFreshness> locations) {
		return locations.isEmpty() ? ZoneOffset.UTC : locations.get(0).zone();
	}

	private Summary summarize(DashboardQueries queries, SummaryRequest request, DataScope scope, LocalDate day) {
		List<LocationFreshness> locations = queries.locations().stream().map(SummaryService::freshness).toList();
		ZoneId zone = reportingZone(locations);
		LocalDate today = (day != null) ? day : LocalDate.now(this.clock.withZone(zone));
		ReportingPeriod period = request.resolve(today, this.calendar, this.properties.maxRange());
		ReportingPeriod base = request.comparison().basePeriod(period);
		SummaryRow figures = queries.summary(period.from(), period.to(), (base != null) ? base.from() : null,
				(base != null) ? base.to() : null, this.calendar.monthStart(today), this.calendar.quarterStart(today),
				this.calendar.yearStart(today), today.plusDays(1), this.properties.topAgents(), scope.whole(),
				scope.userIds(), this.stageModel.settings(queries));
		PeriodTotalsRow row = figures.totals();
		KpiTotals current = totals(row.revenue(), row.leads(), row.convertedLeads(), row.pipelineValue());
		List<String> notes = new ArrayList<>();
		TargetProration.Result target = TargetProration.prorate(period, figures.monthlyTargets().stream()
			.collect(Collectors.toMap(MonthlyTargetRow::month, MonthlyTargetRow::revenueTarget)));
		ComparisonBasis comparison = (base != null)
				? new ComparisonBasis(request.comparison(), base, totals(row.baseRevenue(), row.baseLeads(),
						row.baseConvertedLeads(), row.basePipelineValue()), null)
				: againstTarget(period, target, notes);
		KpiChanges changes = changes(current, comparison);
		Instant dataAsOf = stalest(locations);
		List<Alert> alerts = (dataAsOf == null) ? List.of()
				: this.alertRules.evaluate(period, current, comparison, changes, locations, this.clock.instant());
		return new Summary(period, zone, current, comparison, changes, revenueToDate(figures.revenueToDate()),
				topAgents(figures), alerts, dataAsOf, locations, List.copyOf(notes),
				this.moreKpis.of(figures, current, comparison.totals()),
				this.health.score(figures.health(), period, target.target(), current.revenue()));
	}

	private static ComparisonBasis againstTarget(ReportingPeriod period, TargetProration.Result prorated,
			List<String> notes) {
		if (prorated.target() == null) {
			notes.add("No revenue targets exist for this period, so there are no changes against target.");
		}
		else if (!prorated.missingMonths().isEmpty()) {
			notes.add("No revenue targets exist for " + prorated.missingMonths().stream().map(Object::toString)
				.collect(Collectors.joining(", ")) + "; the target covers only the months that have one.");
		}
		notes.add("Targets cover revenue only; the other figures have no change against target.");
		return new ComparisonBasis(Comparison.TARGET, period, null, prorated.target());
	}

	private static KpiChanges changes(KpiTotals current, ComparisonBasis comparison) {
		if (comparison.kind() == Comparison.TARGET) {
			return new KpiChanges(Changes.percent(current.revenue(), comparison.targetRevenue()), null, null, null);
		}
		KpiTotals base = comparison.totals();
		return new KpiChanges(Changes.percent(current.revenue(), base.revenue()),
				Changes.percent(BigDecimal.valueOf(current.leads()), BigDecimal.valueOf(base.leads())),
				Changes.ratioPercent(current.convertedLeads(), current.leads(), base.convertedLeads(), base.leads()),
				Changes.percent(current.pipelineValue(), base.pipelineValue()));
	}

	private static RevenueToDate revenueToDate(RevenueToDateRow row) {
		return new RevenueToDate(row.mtd(), row.qtd(), row.ytd());
	}

	private static List<AgentRanking> topAgents(SummaryRow figures) {
		return figures.topAgents().stream()
			.map(row -> new AgentRanking(row.name(), row.revenue(), row.rank()))
			.toList();
	}

	private static KpiTotals totals(BigDecimal revenue, long leads, long convertedLeads, BigDecimal pipelineValue) {
		return new KpiTotals(revenue, leads, convertedLeads, Changes.share(convertedLeads, leads), pipelineValue);
	}

	// The stamp every figure can honestly carry: the oldest of the locations' newest data.
	private static Instant stalest(List<LocationFreshness> locations) {
		return locations.stream().map(LocationFreshness::dataAsOf).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
	}

	private static LocationFreshness freshness(LocationRow row) {
		return new LocationFreshness(row.name(), ZoneId.of(row.timezone()), row.currency(), row.dataAsOf());
	}

}
