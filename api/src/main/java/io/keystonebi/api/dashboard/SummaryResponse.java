package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.keystonebi.reports.kpi.ComparisonBasis;
import io.keystonebi.reports.kpi.GciSplit;
import io.keystonebi.reports.kpi.KpiChanges;
import io.keystonebi.reports.kpi.KpiTotals;
import io.keystonebi.reports.kpi.PipelineHealth;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.kpi.SalesActivity;
import io.keystonebi.reports.kpi.SalesActivityChanges;
import io.keystonebi.reports.kpi.Summary;

/**
 * The JSON of the summary endpoint (snake_case by the application's naming strategy). Dates are local dates
 * with {@code to} included; changes are percentages with one decimal, null when there is no base. Commission
 * figures ({@code commission} and the GCI card) are left out entirely for a viewer, not sent as nulls.
 */
record SummaryResponse(Figures summary, @JsonInclude(JsonInclude.Include.NON_NULL) Commission commission,
		List<CardItem> cards, Health pipelineHealth, List<Agent> topAgents, List<AlertItem> alerts, Instant dataAsOf,
		List<Location> locations, Dates period, ComparisonItem comparison, ToDate revenueToDate, List<String> notes) {

	static SummaryResponse of(Summary summary, boolean commission) {
		KpiTotals current = summary.current();
		KpiChanges changes = summary.changes();
		SalesActivity more = summary.more().current();
		SalesActivityChanges moreChanges = summary.more().changes();
		boolean activity = summary.more().messagesSynced();
		boolean appointments = summary.more().appointmentsSynced();
		Figures figures = new Figures(current.revenue(), changes.revenue(), current.leads(), changes.leads(),
				current.conversionRate(), changes.conversionRate(), current.pipelineValue(), changes.pipelineValue(),
				summary.pipelineHealth().weightedPipeline(), more.wonDeals(), more.lostDeals(), more.averageDealSize(),
				moreChanges.averageDealSize(), more.winRate(), moreChanges.winRate(),
				activity ? more.speedToLeadMinutes() : null, activity ? moreChanges.speedToLead() : null,
				activity ? more.answeredLeads() : null, appointments ? more.appointmentsSet() : null,
				appointments ? moreChanges.appointmentsSet() : null, appointments ? more.appointmentsHeld() : null,
				appointments ? more.appointmentsNoShow() : null, appointments ? more.noShowRate() : null);
		GciSplit split = summary.more().commission();
		ComparisonBasis basis = summary.comparison();
		String symbol = SummaryView.symbol(summary.locations().isEmpty() ? null : summary.locations().get(0).currency());
		return new SummaryResponse(figures,
				commission ? new Commission(split.gci(), moreChanges.gci(), split.agentCommission(),
						split.companyDollar(), split.valueIsCommission() ? "commission" : "sale_price", split.rate(),
						split.agentSplit()) : null,
				SummaryCards.of(summary, symbol, commission).stream().map(CardItem::of).toList(),
				Health.of(summary.pipelineHealth()),
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

	// Speed to lead and the appointment figures are null, not 0, when no message or appointment was ever synced.
	record Figures(BigDecimal totalRevenue, BigDecimal revenueChange, long totalLeads, BigDecimal leadChange,
			BigDecimal conversionRate, BigDecimal conversionChange, BigDecimal pipelineValue,
			BigDecimal pipelineChange, BigDecimal weightedPipelineValue, long wonDeals, long lostDeals,
			BigDecimal averageDealSize, BigDecimal averageDealSizeChange, BigDecimal winRate, BigDecimal winRateChange,
			BigDecimal speedToLeadMinutes, BigDecimal speedToLeadChange, Long answeredLeads, Long appointmentsSet,
			BigDecimal appointmentsSetChange, Long appointmentsHeld, Long appointmentsNoShow, BigDecimal noShowRate) {
	}

	record Commission(BigDecimal gci, BigDecimal gciChange, BigDecimal agentCommission, BigDecimal companyDollar,
			String dealValue, BigDecimal commissionRate, BigDecimal agentSplit) {
	}

	record CardItem(String key, String label, BigDecimal value, String unit, BigDecimal change, String direction,
			String tone, boolean lowerIsBetter, String detail, String unavailable) {

		static CardItem of(SummaryCards.Card card) {
			return new CardItem(card.key(), card.label(), card.value(), card.unit().id(), card.change(),
					card.direction(), card.tone(), card.lowerIsBetter(), card.detail(), card.unavailable());
		}

	}

	record Health(Integer score, BigDecimal weightedPipelineValue, BigDecimal remainingTarget, List<Part> parts) {

		static Health of(PipelineHealth health) {
			return new Health(health.score(), health.weightedPipeline(), health.remainingTarget(), health.parts()
				.stream().map(p -> new Part(p.key(), p.label(), p.percent(), p.weight(), p.explanation())).toList());
		}

	}

	record Part(String key, String label, BigDecimal percent, BigDecimal weight, String explanation) {
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
