package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.ReportsProperties.Commission.DealValue;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.panels.Sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MetricCatalogueTests {

	private final MetricCatalogue catalogue = new MetricCatalogue(properties());

	@Test
	void theCatalogueHasAtLeastTwentyFiveMetricsWithUniqueCodes() {
		List<String> codes = this.catalogue.metrics().stream().map(Metric::code).toList();

		assertThat(codes).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
	}

	@Test
	void everyMetricHasDimensionsADescriptionAndALabel() {
		assertThat(this.catalogue.metrics()).allSatisfy((metric) -> {
			assertThat(metric.dimensions()).isNotEmpty();
			assertThat(metric.description()).hasSizeGreaterThan(20);
			assertThat(metric.label()).isNotBlank();
		});
	}

	@Test
	void onlyTheCommissionMetricsAreCommissionSensitive() {
		assertThat(this.catalogue.metrics().stream().filter((metric) -> metric.sensitivity() == Sensitivity.COMMISSION)
			.map(Metric::code)).containsExactlyInAnyOrder("gci", "agent_commission", "company_dollar");
	}

	@Test
	void pipelineAndMarketMetricsSupportOnlyTheirDimensions() {
		assertThat(this.catalogue.metric("pipeline_value").dimensions()).noneMatch(Dimension::period);
		assertThat(this.catalogue.metric("market_sales").dimensions()).containsExactlyInAnyOrder(Dimension.ZIPCODE,
				Dimension.DAY, Dimension.WEEK, Dimension.MONTH, Dimension.QUARTER);
		assertThat(this.catalogue.metric("leads").dimensions()).doesNotContain(Dimension.STAGE,
				Dimension.PROPERTY_TYPE);
	}

	@Test
	void anUnknownCodeIsRefusedNamingIt() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.catalogue.metric("revenu"))
			.satisfies((ex) -> {
				assertThat(ex.parameter()).isEqualTo("metrics");
				assertThat(ex.value()).isEqualTo("revenu");
			})
			.withMessageContaining("no such metric");
	}

	static ReportsProperties properties() {
		return new ReportsProperties(5, Period.ofYears(3), 1,
				new ReportsProperties.Alerts(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, true, Duration.ofDays(1)),
				new ReportsProperties.Commission(DealValue.SALE_PRICE, new BigDecimal("0.03"), new BigDecimal("0.70")),
				null, null, null, null, null);
	}

}
