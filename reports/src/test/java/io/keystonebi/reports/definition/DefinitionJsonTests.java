package io.keystonebi.reports.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.catalogue.Dimension;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefinitionJsonTests {

	@Test
	void aDefinitionReadBackFromItsJsonIsTheSame() {
		ReportDefinition definition = new ReportDefinition("Team review", ReportRange.CUSTOM,
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
				List.of(new BlockDefinition("Headline", List.of("revenue", "deals_won"), null, Map.of(), BlockView.KPI,
						null),
						new BlockDefinition("By team", List.of("revenue"), Dimension.TEAM,
								Map.of(Dimension.SOURCE, List.of("Zillow", "Referral")), BlockView.BAR, 10)));

		assertThat(DefinitionJson.read(DefinitionJson.write(definition))).isEqualTo(definition);
	}

	@Test
	void theDatesOfARelativeRangeAreDropped() {
		ReportDefinition read = DefinitionJson.read("""
				{"title": "Monthly", "range": "last_month", "from": "2026-01-01", "to": "2026-01-31",
				 "blocks": [{"title": "Revenue", "metrics": ["revenue"], "view": "kpi"}]}""");

		assertThat(read.from()).isNull();
		assertThat(read.to()).isNull();
		assertThat(read.blocks().get(0).filters()).isEmpty();
	}

	@Test
	void aBadViewIsNamedWithItsBlock() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> DefinitionJson.read("""
					{"title": "T", "range": "last_week", "blocks": [
					 {"title": "A", "metrics": ["revenue"], "view": "kpi"},
					 {"title": "B", "metrics": ["revenue"], "dimension": "team", "view": "donut"}]}"""))
			.satisfies((ex) -> {
				assertThat(ex.parameter()).isEqualTo("blocks[1].view");
				assertThat(ex.value()).isEqualTo("donut");
			});
	}

	@Test
	void aFilterOnAnUnknownDimensionIsRefused() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> DefinitionJson.read("""
					{"title": "T", "range": "last_week", "blocks": [
					 {"title": "A", "metrics": ["revenue"], "view": "kpi", "filters": {"county": ["King"]}}]}"""))
			.withMessageContaining("'county'")
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("blocks[0].filters"));
	}

	@Test
	void aCustomRangeNeedsBothDaysInOrder() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> DefinitionJson.read("""
					{"title": "T", "range": "custom", "from": "2026-10-31", "to": "2026-10-01",
					 "blocks": [{"title": "A", "metrics": ["revenue"], "view": "kpi"}]}"""))
			.withMessageContaining("2026-10-01");
	}

	@Test
	void textThatIsNotJsonIsRefusedAsTheDefinition() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> DefinitionJson.read("{title: nope"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("definition"));
	}

	@Test
	void aBlockWithoutMetricsIsRefused() {
		assertThatExceptionOfType(InvalidReportParameterException.class)
			.isThrownBy(() -> DefinitionJson.read("""
					{"title": "T", "range": "yesterday", "blocks": [{"title": "A", "metrics": [], "view": "kpi"}]}"""))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("blocks[0].metrics"));
	}

}
