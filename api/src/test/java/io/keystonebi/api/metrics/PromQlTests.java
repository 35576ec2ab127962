package io.keystonebi.api.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTests {

	@Test
	void aQuantileOverARateReadsOnlyTheBucketSeries() {
		assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, uri) "
				+ "(rate(http_server_requests_seconds_bucket{instance=~\"$instance\", uri!=\"/actuator/prometheus\"}"
				+ "[$__rate_interval])))"))
			.containsExactly("http_server_requests_seconds_bucket");
	}

	@Test
	void aRatioReadsBothSidesAndNotItsGroupingLabelsOrOffsets() {
		assertThat(PromQl.metricNames("sum(rate(bi_cache_requests_total{outcome=\"hit\"}[5m])) by (tier, level) "
				+ "/ on (tier) group_left sum(rate(other_total[5m] offset 1h)) * 100 > bool 0.5"))
			.containsExactly("bi_cache_requests_total", "other_total");
	}

	@Test
	void aVariableQueryReadsTheMetricItTakesLabelsFrom() {
		assertThat(PromQl.metricNames("label_values(jvm_info, instance)")).containsExactly("jvm_info");
	}

}
