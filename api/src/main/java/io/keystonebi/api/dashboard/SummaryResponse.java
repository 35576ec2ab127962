package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.keystonebi.reports.kpi.ComparisonBasis;
import io.keystonebi.reports.kpi.KpiChanges;
import io.keystonebi.reports.kpi.KpiTotals;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.kpi.Summary;

/**
 * The JSON of the summary endpoint (snake_case by the application's naming strategy). Dates are local dates
 * with {@code to} included; changes are percentages with one decimal, null when there is no base.
 */
record SummaryResponse(Figures summary, List<Agent> topAgents, List<AlertItem> alerts, Instant dataAsOf,
		List<Location> locations, Dates period, ComparisonItem comparison, ToDate revenueToDate, List<String> notes) {

	static SummaryResponse of(Summary summary) {
		KpiTotals current = summary.current();
		KpiChanges changes = summary.changes();
		Figures figures = new Figures(current.revenue(), changes.revenue(), current.leads(), changes.leads(),
				current.conversionRate(), changes.conversionRate(), current.pipelineValue(), changes.pipelineValue());
		ComparisonBasis basis = summary.comparison();
		return new SummaryResponse(figures,
				summary.topAgents().stream().map(a -> new Agent(a.name(), a.revenue(), a.rank())).toList(),
				summary.alerts().stream()
					.map(a -> new AlertItem(a.severity().name().toLowerCase(Locale.ROOT), a.kpi(), a.message()))
					.toList(),
				summary.dataAsOf(),
				summary.locations().stream().map(l -> new Location(l.name(), l.zone().getId(), l.dataAsOf())).toList(),
				Dates.of(summary.period()),
				new ComparisonItem(basis.kind().code(), basis.period().from(), basis.period().lastDay(),
						basis.targetRevenue()),
				new ToDate(summary.revenueToDate().mtd(), summary.revenueToDate().qtd(), summary.revenueToDate().ytd()),
				summary.notes());
	}

	record Figures(BigDecimal totalRevenue, BigDecimal revenueChange, long totalLeads, BigDecimal leadChange,
			BigDecimal conversionRate, BigDecimal conversionChange, BigDecimal pipelineValue,
			BigDecimal pipelineChange) {
	}

	record Agent(String name, BigDecimal revenue, int rank) {
	}

	record AlertItem(String severity, String kpi, String message) {
	}

	record Location(String name, String timeZone, Instant dataAsOf) {
	}

	record Dates(LocalDate from, LocalDate to) {

		static Dates of(ReportingPeriod period) {
			return new Dates(period.from(), period.lastDay());
		}

	}

	record ComparisonItem(String kind, LocalDate from, LocalDate to, BigDecimal targetRevenue) {
	}

	record ToDate(BigDecimal mtd, BigDecimal qtd, BigDecimal ytd) {
	}

}
