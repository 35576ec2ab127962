package io.keystonebi.reports.panels;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.kpi.SummaryRequest;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PanelsIntegrationTest
@Import(PanelServiceIntegrationTests.EchoPage.class)
class PanelServiceIntegrationTests {

	@Autowired
	PanelService panels;

	@Test
	void aPageGetsThePeriodAskedForItsComparisonAndTheCallersScope() {
		PanelPage page = this.panels.page("echo", SummaryRequest.parse(null, null, "7d", "last_year"),
				DataScope.agent(42), LocalDate.of(2026, 3, 15));

		assertThat(page.from()).isEqualTo("2026-03-09");
		assertThat(page.to()).isEqualTo("2026-03-15");
		assertThat(page.compareFrom()).isEqualTo("2025-03-09");
		assertThat(page.compareTo()).isEqualTo("2025-03-15");
		assertThat(page.dataAsOf()).isNull();
		assertThat(page.panel("context").orElseThrow().rows()).containsExactly(List.of("agent:42", "Z"));
	}

	@Test
	void anUnknownPageIsRefusedNamingItAndThePagesThereAre() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> this.panels.page("pipelines", SummaryRequest.parse(null, null, null, null),
					DataScope.brokerage(), null))
			.withMessageContaining("pipelines")
			.withMessageContaining("echo");
	}

	@TestConfiguration
	static class EchoPage {

		@Bean
		PanelSource echo() {
			return new PanelSource() {

				@Override
				public String page() {
					return "echo";
				}

				@Override
				public List<Panel> panels(Handle handle, PanelContext context) {
					return List.of(Panel.of("context", "Context", "The scope and zone panels are computed in.",
							ChartType.TABLE,
							List.of(Column.of("scope", "Scope", Unit.TEXT), Column.of("zone", "Zone", Unit.TEXT)),
							List.of(List.of(context.scope().key(), context.zone().getId()))));
				}

			};
		}

	}

}
