package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.sql.dashboard.PipelineHealthRow;

import static org.assertj.core.api.Assertions.assertThat;

class HealthScoringTests {

	private static final ReportingPeriod MARCH = ReportingPeriod.ofDays(LocalDate.of(2026, 3, 1),
			LocalDate.of(2026, 3, 31));

	// 10 open deals worth 400,000, weighted 120,000; target 200,000 with 50,000 won leaves 150,000: coverage 0.8.
	// 6 of 10 touched: 0.6. 7 of 8 judged within their stage's normal time: 0.875. 100,000 in the earliest stage:
	// balance 0.75.
	private static final PipelineHealthRow ROW = new PipelineHealthRow(10, new BigDecimal("400000.00"),
			new BigDecimal("120000.00"), 6, 8, 7, new BigDecimal("100000.00"), 2, 7, 1);

	@Test
	void equalWeightsAverageTheFourParts() {
		PipelineHealth health = scoring(1, 1, 1, 1).score(ROW, MARCH, new BigDecimal("200000.00"),
				new BigDecimal("50000.00"));
		// (0.8 + 0.6 + 0.875 + 0.75) / 4 = 0.75625: 76.
		assertThat(health.score()).isEqualTo(76);
		assertThat(health.remainingTarget()).isEqualByComparingTo("150000.00");
		assertThat(health.parts()).extracting(PipelineHealth.Part::percent).extracting(BigDecimal::toPlainString)
			.containsExactly("80.0", "60.0", "87.5", "75.0");
		assertThat(health.parts().get(0).explanation()).isEqualTo("Weighted pipeline 120,000 against the remaining "
				+ "target 150,000 (target 200,000 less 50,000 won): 80.0%. Win probabilities of the open deals' "
				+ "stages: 2 configured, 7 learned from the stage's history, 1 from the pipeline's or brokerage's "
				+ "overall win rate.");
		assertThat(health.parts().get(2).explanation()).endsWith("2 more without a known stage entry or stage history "
				+ "are left out.");
	}

	@Test
	void weightsAreConfigurable() {
		// (2 x 0.8 + 0 x 0.6 + 1 x 0.875 + 1 x 0.75) / 4 = 0.80625: 81.
		PipelineHealth health = scoring(2, 0, 1, 1).score(ROW, MARCH, new BigDecimal("200000.00"),
				new BigDecimal("50000.00"));
		assertThat(health.score()).isEqualTo(81);
	}

	@Test
	void coverageIsCappedAtAFullShare() {
		PipelineHealth health = scoring(1, 1, 1, 1).score(ROW, MARCH, new BigDecimal("100000.00"),
				new BigDecimal("40000.00"));
		// 120,000 / 60,000 = 200%, capped at 1: (1 + 0.6 + 0.875 + 0.75) / 4 = 0.80625: 81.
		assertThat(health.parts().get(0).percent()).isEqualByComparingTo("100.0");
		assertThat(health.parts().get(0).explanation()).contains("200.0%, capped at 100%");
		assertThat(health.score()).isEqualTo(81);
	}

	private static HealthScoring scoring(int coverage, int freshness, int aging, int balance) {
		return new HealthScoring(new ReportsProperties.PipelineHealth(Duration.ofDays(14), new BigDecimal("1.5"),
				Duration.ofMinutes(10), BigDecimal.valueOf(coverage), BigDecimal.valueOf(freshness),
				BigDecimal.valueOf(aging), BigDecimal.valueOf(balance)));
	}

}
