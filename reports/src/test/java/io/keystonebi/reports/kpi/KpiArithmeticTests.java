package io.keystonebi.reports.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.ReportsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KpiArithmeticTests {

	private static final PeriodCalendar CALENDAR = new PeriodCalendar(1);

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void presetsEndAtTheEndOfTodayAndStartWhereTheDefinitionsSay() {
		assertThat(RangePreset.TODAY.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-03-20", "2026-03-21"));
		assertThat(RangePreset.LAST_7_DAYS.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-03-14", "2026-03-21"));
		assertThat(RangePreset.LAST_30_DAYS.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-02-19", "2026-03-21"));
		assertThat(RangePreset.LAST_90_DAYS.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2025-12-21", "2026-03-21"));
		assertThat(RangePreset.MONTH_TO_DATE.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-03-01", "2026-03-21"));
		assertThat(RangePreset.QUARTER_TO_DATE.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-01-01", "2026-03-21"));
		assertThat(RangePreset.YEAR_TO_DATE.periodEnding(TODAY, CALENDAR)).isEqualTo(period("2026-01-01", "2026-03-21"));
	}

	@Test
	void aFiscalYearStartingInJulyMovesQuarterAndYearStarts() {
		PeriodCalendar fiscal = new PeriodCalendar(7);
		assertThat(fiscal.yearStart(TODAY)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(fiscal.quarterStart(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(fiscal.quarterStart(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(fiscal.quarterStart(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(fiscal.yearStart(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void thePreviousPeriodHasTheSameLengthAndEndsWhereThePeriodStarts() {
		// March 1-15 is 15 days, so the previous period is February 14-28.
		ReportingPeriod march = ReportingPeriod.ofDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
		assertThat(march.days()).isEqualTo(15);
		assertThat(march.previous()).isEqualTo(period("2026-02-14", "2026-03-01"));
		assertThat(march.sameLastYear()).isEqualTo(period("2025-03-01", "2025-03-16"));
		assertThat(period("2026-03-20", "2026-03-21").previous()).isEqualTo(period("2026-03-19", "2026-03-20"));
	}

	@Test
	void changesAreRoundedToOneDecimalAwayFromZeroAndNullWithoutABase() {
		assertThat(Changes.percent(new BigDecimal("150"), new BigDecimal("100"))).isEqualByComparingTo("50.0");
		// 2/3 -> 66.666..% ; 1/3 down -> -33.3
		assertThat(Changes.percent(new BigDecimal("200"), new BigDecimal("300"))).isEqualByComparingTo("-33.3");
		assertThat(Changes.percent(new BigDecimal("500"), new BigDecimal("300"))).isEqualByComparingTo("66.7");
		// (1.0005 - 1) / 1 x 100 = 0.05 -> 0.1 (half away from zero); the negative twin -> -0.1
		assertThat(Changes.percent(new BigDecimal("1.0005"), BigDecimal.ONE)).isEqualByComparingTo("0.1");
		assertThat(Changes.percent(new BigDecimal("0.9995"), BigDecimal.ONE)).isEqualByComparingTo("-0.1");
		// A negative base uses its absolute value: from -50 to 25 is up 150%.
		assertThat(Changes.percent(new BigDecimal("25"), new BigDecimal("-50"))).isEqualByComparingTo("150.0");
		assertThat(Changes.percent(new BigDecimal("10"), BigDecimal.ZERO)).isNull();
		assertThat(Changes.percent(BigDecimal.ZERO, new BigDecimal("10"))).isEqualByComparingTo("-100.0");
	}

	@Test
	void conversionRatesAndTheirChangeAreComputedFromExactRatios() {
		assertThat(Changes.share(1, 3)).isEqualByComparingTo("33.3");
		assertThat(Changes.share(2, 3)).isEqualByComparingTo("66.7");
		assertThat(Changes.share(0, 0)).isNull();
		// 1/3 against 1/4: (0.3333 - 0.25) / 0.25 = 33.333..%
		assertThat(Changes.ratioPercent(1, 3, 1, 4)).isEqualByComparingTo("33.3");
		// 1/8 against 2/9: (0.125 - 0.2222) / 0.2222 = -43.75% -> -43.8
		assertThat(Changes.ratioPercent(1, 8, 2, 9)).isEqualByComparingTo("-43.8");
		assertThat(Changes.ratioPercent(1, 3, 0, 4)).isNull();
		assertThat(Changes.ratioPercent(0, 0, 1, 4)).isNull();
	}

	@Test
	void monthlyTargetsAreProratedByTheDaysOfEachMonthInsideThePeriod() {
		// Jan 15 - Feb 14: 17 of January's 31 days and 14 of February's 28 days.
		// 3,100.00 x 17/31 = 1,700.00 and 2,800.00 x 14/28 = 1,400.00.
		ReportingPeriod period = period("2026-01-15", "2026-02-15");
		TargetProration.Result result = TargetProration.prorate(period,
				Map.of(LocalDate.of(2026, 1, 1), new BigDecimal("3100.00"), LocalDate.of(2026, 2, 1),
						new BigDecimal("2800.00")));
		assertThat(result.target()).isEqualByComparingTo("3100.00");
		assertThat(result.missingMonths()).isEmpty();
		// 1,000.00 x 20/31 = 645.1612.. -> 645.16
		TargetProration.Result partial = TargetProration.prorate(period("2026-03-01", "2026-03-21"),
				Map.of(LocalDate.of(2026, 3, 1), new BigDecimal("1000.00")));
		assertThat(partial.target()).isEqualByComparingTo("645.16");
	}

	@Test
	void monthsWithoutATargetAreReportedAndNoTargetAtAllIsNull() {
		TargetProration.Result some = TargetProration.prorate(period("2026-01-15", "2026-02-15"),
				Map.of(LocalDate.of(2026, 2, 1), new BigDecimal("2800.00")));
		assertThat(some.target()).isEqualByComparingTo("1400.00");
		assertThat(some.missingMonths()).containsExactly(YearMonth.of(2026, 1));
		TargetProration.Result none = TargetProration.prorate(period("2026-01-15", "2026-02-15"), Map.of());
		assertThat(none.target()).isNull();
	}

	@Test
	void requestsNameTheParameterAndValueTheyRefuse() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse("2026-13-01", "2026-12-31", null, null))
			.withMessageContaining("'from'").withMessageContaining("2026-13-01")
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("from"));
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse("2026-03-10", "2026-03-01", null, null))
			.withMessageContaining("'from'").withMessageContaining("2026-03-10");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse(null, null, "week", null))
			.withMessageContaining("'range'").withMessageContaining("week");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse(null, null, null, "budget"))
			.withMessageContaining("'compare'").withMessageContaining("budget");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse("0001-01-01", "2026-01-01", null, null))
			.withMessageContaining("'from'").withMessageContaining("0001-01-01");
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse("2026-03-01", null, null, null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("to"));
	}

	@Test
	void aCustomPeriodIncludesItsLastDayAndMayNotExceedTheMaximumLength() {
		SummaryRequest request = SummaryRequest.parse("2026-03-01", "2026-03-01", null, "target");
		assertThat(request.comparison()).isEqualTo(Comparison.TARGET);
		assertThat(request.resolve(TODAY, CALENDAR, Period.ofYears(3))).isEqualTo(period("2026-03-01", "2026-03-02"));
		assertThat(SummaryRequest.parse("2023-03-01", "2026-02-28", null, null).resolve(TODAY, CALENDAR,
				Period.ofYears(3))).isEqualTo(period("2023-03-01", "2026-03-01"));
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> SummaryRequest.parse("2023-03-01", "2026-03-01", null, null)
				.resolve(TODAY, CALENDAR, Period.ofYears(3)))
			.withMessageContaining("'to'").withMessageContaining("2026-03-01").withMessageContaining("3 years");
		assertThat(SummaryRequest.parse(null, null, null, null).range()).isEqualTo(RangePreset.LAST_30_DAYS);
	}

	@Test
	void alertsFireBeyondTheirThresholdsWithTheNumbersInTheMessage() {
		ReportsProperties.Alerts thresholds = new ReportsProperties.Alerts(new BigDecimal("20"), new BigDecimal("5"),
				new BigDecimal("15"), true, Duration.ofDays(1));
		KpiTotals current = new KpiTotals(new BigDecimal("75000.00"), 10, 1, new BigDecimal("10.0"),
				new BigDecimal("500000.00"));
		KpiTotals previous = new KpiTotals(new BigDecimal("100000.00"), 8, 2, new BigDecimal("25.0"),
				new BigDecimal("540000.00"));
		ReportingPeriod period = period("2026-03-01", "2026-03-16");
		ComparisonBasis basis = new ComparisonBasis(Comparison.PREVIOUS, period.previous(), previous, null);
		// revenue -25.0% (warning: under 40), conversion -15 points (critical: 2 x 5), pipeline -7.4% (none)
		KpiChanges changes = new KpiChanges(new BigDecimal("-25.0"), new BigDecimal("25.0"), new BigDecimal("-60.0"),
				new BigDecimal("-7.4"));
		Instant now = Instant.parse("2026-03-20T18:00:00Z");
		List<LocationFreshness> locations = List.of(
				new LocationFreshness("Fresh", ZoneOffset.UTC, "USD", now.minusSeconds(3600)),
				new LocationFreshness("Stale", ZoneOffset.UTC, "USD", now.minus(Duration.ofDays(3))));
		List<Alert> alerts = new AlertRules(thresholds).evaluate(period, current, basis, changes, locations, now);
		assertThat(alerts).extracting(Alert::kpi).containsExactly("revenue", "conversion_rate", "data_freshness");
		assertThat(alerts.get(0).severity()).isEqualTo(Severity.WARNING);
		assertThat(alerts.get(0).message()).contains("25.0%", "75,000 against 100,000", "previous period");
		assertThat(alerts.get(1).severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alerts.get(1).message()).contains("15.0 points", "10.0%", "25.0%");
		assertThat(alerts.get(2).message()).contains("Stale", "3 days");
	}

	@Test
	void noLeadsIsCriticalAndAPipelineDropBeyondTheThresholdWarns() {
		ReportsProperties.Alerts thresholds = new ReportsProperties.Alerts(new BigDecimal("20"), new BigDecimal("5"),
				new BigDecimal("15"), true, Duration.ofDays(1));
		KpiTotals current = new KpiTotals(new BigDecimal("0"), 0, 0, null, new BigDecimal("80.00"));
		KpiTotals previous = new KpiTotals(new BigDecimal("0"), 0, 0, null, new BigDecimal("100.00"));
		ReportingPeriod period = period("2026-03-20", "2026-03-21");
		ComparisonBasis basis = new ComparisonBasis(Comparison.PREVIOUS, period.previous(), previous, null);
		KpiChanges changes = new KpiChanges(null, null, null, new BigDecimal("-20.0"));
		List<Alert> alerts = new AlertRules(thresholds).evaluate(period, current, basis, changes, List.of(),
				Instant.parse("2026-03-20T18:00:00Z"));
		assertThat(alerts).extracting(Alert::kpi).containsExactly("pipeline_value", "leads");
		assertThat(alerts.get(0).severity()).isEqualTo(Severity.WARNING);
		assertThat(alerts.get(0).message()).contains("20.0%", "80 against 100");
		assertThat(alerts.get(1).severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alerts.get(1).message()).contains("2026-03-20");
	}

	private static ReportingPeriod period(String from, String to) {
		return new ReportingPeriod(LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void alertsStateAmountsInWholeUnitsWithThousandsSeparators() {
		assertThat(AlertRules.money(new java.math.BigDecimal("4966215.00"))).isEqualTo("4,966,215");
		assertThat(AlertRules.money(new java.math.BigDecimal("5885079.50"))).isEqualTo("5,885,080");
	}

}
