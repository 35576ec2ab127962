package io.keystonebi.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.kpi.Comparison;
import io.keystonebi.reports.kpi.ComparisonBasis;
import io.keystonebi.reports.kpi.GciSplit;
import io.keystonebi.reports.kpi.KpiChanges;
import io.keystonebi.reports.kpi.KpiTotals;
import io.keystonebi.reports.kpi.LocationFreshness;
import io.keystonebi.reports.kpi.MoreKpis;
import io.keystonebi.reports.kpi.PipelineHealth;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.kpi.RevenueToDate;
import io.keystonebi.reports.kpi.SalesActivity;
import io.keystonebi.reports.kpi.SalesActivityChanges;
import io.keystonebi.reports.kpi.Summary;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCardsTests {

	@Test
	void withoutAnyMessageOrAppointmentSyncedSpeedToLeadAndAppointmentsAreNotAvailableRatherThanZero() {
		SummaryView view = SummaryView.of(summary(false), true);
		SummaryView.KpiCard speed = card(view, "speed_to_lead");
		assertThat(speed.value()).isEqualTo("n/a");
		assertThat(speed.direction()).isEqualTo("none");
		assertThat(speed.detail()).contains("No messages or calls have been synced");
		SummaryView.KpiCard appointments = card(view, "appointments");
		assertThat(appointments.value()).isEqualTo("n/a");
		assertThat(appointments.detail()).contains("No appointments have been synced");
		SummaryResponse response = SummaryResponse.of(summary(false), true);
		assertThat(response.summary().speedToLeadMinutes()).isNull();
		assertThat(response.summary().appointmentsSet()).isNull();
	}

	@Test
	void aLongerSpeedToLeadGoesUpAndReadsAsBad() {
		SummaryView.KpiCard speed = card(SummaryView.of(summary(true), true), "speed_to_lead");
		assertThat(speed.value()).isEqualTo("2.5 h");
		assertThat(speed.direction()).isEqualTo("up");
		assertThat(speed.tone()).isEqualTo("bad");
		assertThat(speed.spoken()).isEqualTo("Up 50.0% vs previous period, a decline");
	}

	@Test
	void aViewerGetsEightCardsWithoutGci() {
		assertThat(SummaryView.of(summary(true), false).cards()).extracting(SummaryView.KpiCard::key)
			.containsExactly("revenue", "leads", "conversion_rate", "pipeline_value", "average_deal_size",
					"speed_to_lead", "appointments", "win_rate");
		assertThat(SummaryResponse.of(summary(true), false).commission()).isNull();
	}

	private static SummaryView.KpiCard card(SummaryView view, String key) {
		return view.cards().stream().filter(card -> card.key().equals(key)).findFirst().orElseThrow();
	}

	private static Summary summary(boolean activity) {
		ReportingPeriod period = ReportingPeriod.ofDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
		KpiTotals totals = new KpiTotals(new BigDecimal("1000.00"), 4, 1, new BigDecimal("25.0"), BigDecimal.TEN);
		SalesActivity now = new SalesActivity(new BigDecimal("30.00"), 1, new BigDecimal("1000.00"), 0,
				new BigDecimal("100.0"), activity ? 2 : 0, activity ? new BigDecimal("150.0") : null, 0, 0, 0, null);
		return new Summary(period, ZoneId.of("UTC"), totals,
				new ComparisonBasis(Comparison.PREVIOUS, period.previous(), totals, null),
				new KpiChanges(null, null, null, null), new RevenueToDate(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
				List.of(), List.of(), Instant.parse("2026-03-20T09:00:00Z"),
				List.of(new LocationFreshness("Here", ZoneId.of("UTC"), "USD", Instant.parse("2026-03-20T09:00:00Z"))),
				List.of(),
				new MoreKpis(now, now, new SalesActivityChanges(null, null, null, activity ? new BigDecimal("50.0") : null,
						null), new GciSplit(new BigDecimal("30.00"), new BigDecimal("21.00"), new BigDecimal("9.00"),
								false, new BigDecimal("0.03"), new BigDecimal("0.70")), activity, activity),
				new PipelineHealth(null, List.of(), BigDecimal.ZERO, null));
	}

}
