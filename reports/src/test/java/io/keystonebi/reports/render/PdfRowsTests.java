package io.keystonebi.reports.render;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.ChartType;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRowsTests {

	private static final String GREEN = "#1E7B46";

	private static final String RED = "#B3261E";

	@Test
	void aChangeIsColouredByWhetherItIsGoodNewsNotByItsSign() {
		Panel panel = Panel.of("headline", "Headline", "", ChartType.TABLE,
				List.of(Column.of("period", "Period", Unit.TEXT), Column.of("revenue", "Revenue", Unit.MONEY),
						Column.of("speed_to_lead_minutes", "Speed to lead", Unit.MINUTES)),
				List.of(List.of("current", 120, 30), List.of("previous", 100, 45)));
		ReportBlock block = new ReportBlock("Headline", BlockView.KPI, panel, Set.of("speed_to_lead_minutes"));

		Map<String, ?> tiles = PdfRows.of(ReportFixtures.report(List.of(block)), ReportFixtures.branding()).stream()
			.filter((row) -> "tiles".equals(row.get("kind")))
			.findFirst()
			.orElseThrow();

		assertThat(tiles.get("l1")).isEqualTo("Revenue");
		assertThat(tiles.get("k1")).isEqualTo(GREEN);
		assertThat(tiles.get("l2")).isEqualTo("Speed to lead");
		assertThat(tiles.get("d2").toString()).contains("33.3%");
		assertThat(tiles.get("k2")).isEqualTo(GREEN);

		ReportBlock everyRiseGood = new ReportBlock("Headline", BlockView.KPI, panel);
		Map<String, ?> plain = PdfRows.of(ReportFixtures.report(List.of(everyRiseGood)), ReportFixtures.branding())
			.stream()
			.filter((row) -> "tiles".equals(row.get("kind")))
			.findFirst()
			.orElseThrow();
		assertThat(plain.get("k2")).isEqualTo(RED);
	}

}
