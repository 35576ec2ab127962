package io.keystonebi.reports.render;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.definition.BlockView;

import static org.assertj.core.api.Assertions.assertThat;

class RendererWarmUpTests {

	@Test
	void theWarmUpReportRendersInEveryFormatWithTheChartsItMeansToLoad() {
		GeneratedReport sample = RendererWarmUp.sample();
		ReportRenderers renderers = ReportRenderers.all();

		assertThat(sample.blocks()).extracting(ReportBlock::view)
			.contains(BlockView.KPI, BlockView.BAR,
					BlockView.LINE);
		byte[] pdf = renderers.render(ReportFormat.PDF, sample, ReportFixtures.branding());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(renderers.render(ReportFormat.XLSX, sample, ReportFixtures.branding())).startsWith('P', 'K');
		assertThat(new String(renderers.render(ReportFormat.CSV, sample, ReportFixtures.branding()),
				StandardCharsets.UTF_8)).contains("Revenue by month");
	}

}
