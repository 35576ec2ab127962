package io.keystonebi.reports.panels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PanelTests {

	private static final List<Column> COLUMNS = List.of(Column.of("agent", "Agent", Unit.TEXT),
			Column.of("revenue", "Revenue", Unit.MONEY), Column.commission("gci", "GCI"));

	@Test
	void everyNumberIsKeptAsADecimalAndDatesAsIsoText() {
		Panel panel = Panel.of("p", "P", "d", ChartType.BAR,
				List.of(Column.of("day", "Day", Unit.DATE), Column.of("n", "N", Unit.COUNT),
						Column.of("x", "X", Unit.NUMBER)),
				List.of(List.of(LocalDate.of(2026, 3, 1), 7L, 0.25)));

		assertThat(panel.rows().get(0)).containsExactly("2026-03-01", new BigDecimal("7"), new BigDecimal("0.25"));
	}

	@Test
	void aRowWithTheWrongNumberOfValuesIsRefusedNamingThePanel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Panel.of("agents", "A", "d", ChartType.BAR, COLUMNS, List.of(List.of("Ann", 1))))
			.withMessageContaining("Panel agents").withMessageContaining("2 values for 3 columns");
	}

	@Test
	void commissionColumnsAreLeftOutForThoseWhoMayNotSeeThemWithTheirValues() {
		Panel panel = Panel.of("agents", "A", "d", ChartType.HBAR, COLUMNS,
				List.of(List.of("Ann", 100, 3), List.of("Bob", 50, 1.5)))
			.drilling(new Drill(RowSet.DEALS, Map.of("status", "won"), Map.of("agent", "agent")));

		Panel shown = panel.without(Set.of(Sensitivity.COMMISSION, Sensitivity.PERSONAL));

		assertThat(shown.columns()).extracting(Column::key).containsExactly("agent", "revenue");
		assertThat(shown.rows()).containsExactly(List.of("Ann", new BigDecimal("100")),
				List.of("Bob", new BigDecimal("50")));
		assertThat(shown.drill()).isEqualTo(panel.drill());
		assertThat(panel.without(Set.of())).isSameAs(panel);
	}

	@Test
	void aDrillKeyedByAHiddenColumnGoesWithIt() {
		Panel panel = Panel.of("contacts", "C", "d", ChartType.TABLE,
				List.of(Column.personal("contact_name", "Contact"), Column.of("value", "Value", Unit.MONEY)),
				List.of(List.of("Ann Lee", 10)))
			.drilling(new Drill(RowSet.LEADS, Map.of(), Map.of("contact_name", "contact")));

		assertThat(panel.without(Set.of(Sensitivity.PERSONAL)).drill()).isNull();
	}

}
