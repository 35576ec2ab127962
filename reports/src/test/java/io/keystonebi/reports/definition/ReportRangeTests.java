package io.keystonebi.reports.definition;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.kpi.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRangeTests {

	// Thursday 5 March 2026
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	@Test
	void completedUnitsEndBeforeToday() {
		assertThat(ReportRange.YESTERDAY.resolve(TODAY, null, null))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5)));
		assertThat(ReportRange.LAST_WEEK.resolve(TODAY, null, null))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2)));
		assertThat(ReportRange.LAST_MONTH.resolve(TODAY, null, null))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)));
		assertThat(ReportRange.LAST_QUARTER.resolve(TODAY, null, null))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
	}

	@Test
	void aMonthIsComparedWithTheWholeMonthBeforeIt() {
		ReportingPeriod february = ReportRange.LAST_MONTH.resolve(TODAY, null, null);

		assertThat(ReportRange.LAST_MONTH.comparedWith(february))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));
	}

	@Test
	void rangesToDateIncludeToday() {
		assertThat(ReportRange.MONTH_TO_DATE.resolve(TODAY, null, null))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 6)));
		assertThat(ReportRange.LAST_7_DAYS.comparedWith(ReportRange.LAST_7_DAYS.resolve(TODAY, null, null)))
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 27)));
	}

}
