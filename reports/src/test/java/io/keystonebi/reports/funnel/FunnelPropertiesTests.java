package io.keystonebi.reports.funnel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.keystonebi.reports.ReportsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FunnelPropertiesTests {

	@Test
	void withoutSettingsTheFunnelFitsTheDemoAndComparesItsTwoLargestSources() {
		ReportsProperties.Funnel funnel = bind(Map.of()).funnel();

		assertThat(funnel.contacted()).containsExactly("Contacted", "Engaging");
		assertThat(funnel.qualified()).containsExactly("Qualified", "Qualified lead");
		assertThat(funnel.proposal()).containsExactly("Proposal", "Offer", "Under contract");
		assertThat(funnel.contactedKeys()).containsExactly("contacted", "engaging");
		assertThat(funnel.contactedByActivity()).isTrue();
		assertThat(funnel.speedToLead()).isEqualTo(Duration.ofHours(24));
		assertThat(funnel.idleDays()).isEqualTo(14);
		assertThat(funnel.causeRatio()).isEqualByComparingTo("1.5");
		assertThat(funnel.minLeads()).isEqualTo(20);
		assertThat(funnel.bottleneckPercent()).isEqualByComparingTo(BigDecimal.valueOf(20));
		assertThat(funnel.normMonths()).isEqualTo(12);
		assertThat(funnel.hotScore()).isEqualTo(60);
		assertThat(funnel.warmScore()).isEqualTo(30);
		assertThat(funnel.experiments()).containsExactly(ReportsProperties.Funnel.DEFAULT_EXPERIMENT);
		assertThat(funnel.experiments().get(0).a().label()).isEqualTo("source paid_search");
		assertThat(funnel.experiments().get(0).b().label()).isEqualTo("source organic_search");
	}

	@Test
	void stageNamesAndExperimentsAreConfiguredAndAnEmptyListMeansNoExperiment() {
		ReportsProperties.Funnel funnel = bind(Map.of("bi.reports.funnel.qualified", " Showing ,Appointment set",
				"bi.reports.funnel.experiments[0].name", "Open house", "bi.reports.funnel.experiments[0].a.tag",
				"open-house", "bi.reports.funnel.experiments[0].b.source", "zillow"))
			.funnel();

		assertThat(funnel.qualifiedKeys()).containsExactly("showing", "appointment set");
		assertThat(funnel.experiments().get(0).a().label()).isEqualTo("tag open-house");
		assertThat(bind(Map.of("bi.reports.funnel.experiments", "")).funnel().experiments()).isEmpty();
	}

	@Test
	void aCohortNeedsExactlyOneOfSourceAndTag() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("bi.reports.funnel.experiments[0].name", "Both",
					"bi.reports.funnel.experiments[0].a.tag", "x", "bi.reports.funnel.experiments[0].a.source", "y",
					"bi.reports.funnel.experiments[0].b.source", "z")))
			.havingRootCause()
			.withMessageContaining("exactly one of source and tag");
	}

	@Test
	void thresholdsOutOfRangeAreRefusedNamingTheProperty() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("bi.reports.funnel.hot-score", "20")))
			.havingRootCause()
			.withMessageContaining("warm-score < hot-score");
	}

	private static ReportsProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("bi.reports", ReportsProperties.class);
	}

}
