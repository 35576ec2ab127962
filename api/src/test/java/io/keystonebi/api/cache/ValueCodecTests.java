package io.keystonebi.api.cache;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.kpi.AgentRanking;
import io.keystonebi.reports.kpi.Alert;
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
import io.keystonebi.reports.kpi.Severity;
import io.keystonebi.reports.kpi.Summary;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCodecTests {

	private final ValueCodec codec = new ValueCodec();

	@Test
	void aSummaryReadsBackEqualToTheOneWrittenScalesAndNullsIncluded() {
		ReportingPeriod period = ReportingPeriod.ofDays(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20));
		Summary summary = new Summary(period, ZoneId.of("America/Denver"),
				new KpiTotals(new BigDecimal("232000.00"), 6, 4, new BigDecimal("66.7"), new BigDecimal("385000.10")),
				new ComparisonBasis(Comparison.PREVIOUS, period.previous(),
						new KpiTotals(new BigDecimal("122000.00"), 4, 3, new BigDecimal("75.0"), BigDecimal.ZERO),
						null),
				new KpiChanges(new BigDecimal("90.2"), new BigDecimal("50.0"), null, new BigDecimal("-27.1")),
				new RevenueToDate(new BigDecimal("343000.00"), new BigDecimal("343000.00"),
						new BigDecimal("530000.00")),
				List.of(new AgentRanking("Alice Moreno", new BigDecimal("100000.00"), 1),
						new AgentRanking("Dan Whitfield", new BigDecimal("55000.00"), 3)),
				List.of(new Alert(Severity.WARNING, "conversion_rate", "Conversion fell 8.3 points")),
				Instant.parse("2026-03-20T09:00:00.123456Z"),
				List.of(new LocationFreshness("Front Range Realty", ZoneId.of("America/Denver"), "USD",
						Instant.parse("2026-03-20T17:00:00Z")),
						new LocationFreshness("Harbour Homes", ZoneId.of("Europe/London"), "GBP", null)),
				List.of("No revenue targets exist for 2026-04."),
				new MoreKpis(
						new SalesActivity(new BigDecimal("232000.00"), 5, new BigDecimal("46400.00"), 1,
								new BigDecimal("83.3"), 3, new BigDecimal("42.5"), 4, 2, 1, new BigDecimal("33.3")),
						null, new SalesActivityChanges(new BigDecimal("12.0"), null, null, new BigDecimal("-10.0"), null),
						new GciSplit(new BigDecimal("232000.00"), new BigDecimal("162400.00"),
								new BigDecimal("69600.00"), true, new BigDecimal("0.03"), new BigDecimal("0.70")),
						true, false),
				new PipelineHealth(64,
						List.of(new PipelineHealth.Part("coverage", "Coverage", null, BigDecimal.ONE, "No target."),
								new PipelineHealth.Part("freshness", "Freshness", new BigDecimal("50.0"),
										new BigDecimal("1.5"), "2 of 4 open deals.")),
						new BigDecimal("123456.78"), null));

		Summary read = this.codec.read(this.codec.write(summary), Summary.class);

		assertThat(read).isEqualTo(summary);
		assertThat(read.current().pipelineValue().scale()).isEqualTo(2);
	}

	@Test
	void textThatIsNotTheTypeReadsAsNothingRatherThanFailing() {
		assertThat(this.codec.read("{\"period\": 12", Summary.class)).isNull();
	}

	@Test
	void theShapeDescribesNestedRecordsGenericsAndEnumConstants() {
		String shape = ValueCodec.describe(Summary.class);

		assertThat(shape).startsWith("io.keystonebi.reports.kpi.Summary("
				+ "period:io.keystonebi.reports.kpi.ReportingPeriod(from:java.time.LocalDate,to:java.time.LocalDate),"
				+ "zone:java.time.ZoneId,")
			.contains("topAgents:java.util.List<io.keystonebi.reports.kpi.AgentRanking(name:java.lang.String,"
					+ "revenue:java.math.BigDecimal,rank:int)>")
			.contains("severity:io.keystonebi.reports.kpi.Severity{CRITICAL,WARNING}");
		assertThat(this.codec.shape(Summary.class)).hasSize(12).isEqualTo(this.codec.shape(Summary.class))
			.isNotEqualTo(this.codec.shape(KpiTotals.class));
	}

}
