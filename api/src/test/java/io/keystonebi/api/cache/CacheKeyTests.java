package io.keystonebi.api.cache;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.keystonebi.reports.scope.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeyTests {

	@Test
	void theSameParametersInAnotherOrderMakeTheSameKey() {
		Map<String, Object> oneWay = new LinkedHashMap<>();
		oneWay.put("range", "30d");
		oneWay.put("compare", "previous");
		Map<String, Object> otherWay = new LinkedHashMap<>();
		otherWay.put("compare", "previous");
		otherWay.put("range", "30d");

		assertThat(key(DataScope.brokerage(), oneWay)).isEqualTo(key(DataScope.brokerage(), otherWay));
		assertThat(key(DataScope.brokerage(), oneWay).parameters()).isEqualTo("compare=previous&range=30d");
	}

	@Test
	void everyScopeThatSeesOtherDataGetsAKeyOfItsOwn() {
		Map<String, Object> parameters = Map.of("range", "30d");
		List<CacheKey> keys = List.of(key(DataScope.brokerage(), parameters), key(DataScope.agent(1), parameters),
				key(DataScope.agent(3), parameters), key(DataScope.team(7, List.of(1L, 2L)), parameters),
				key(DataScope.team(7, List.of(1L, 3L)), parameters),
				key(DataScope.team(8, List.of(1L, 2L)), parameters));

		assertThat(keys).doesNotHaveDuplicates();
		assertThat(keys.stream().map((key) -> key.text("shape"))).doesNotHaveDuplicates();
	}

	@Test
	void aValueCannotImitateTheSeparatorsBetweenParameters() {
		CacheKey forged = key(DataScope.brokerage(), Map.of("from", "2026-03-01&to=2026-03-02"));
		CacheKey honest = key(DataScope.brokerage(), Map.of("from", "2026-03-01", "to", "2026-03-02"));

		assertThat(forged).isNotEqualTo(honest);
		assertThat(forged.text("shape")).isNotEqualTo(honest.text("shape"));
	}

	@Test
	void parametersWithoutValueAreLeftOut() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("range", null);
		parameters.put("from", LocalDate.of(2026, 3, 1));

		assertThat(key(DataScope.brokerage(), parameters).parameters()).isEqualTo("from=2026-03-01");
	}

	@Test
	void theRedisKeyNamesTierNameShapeScopeParametersAndLocations() {
		CacheKey key = CacheKey.of(CacheTier.HISTORY, "monthly-revenue", DataScope.agent(42), Map.of("year", 2025),
				Coverage.of(List.of(5L, 3L)));

		assertThat(key.text("a1b2")).isEqualTo("history:monthly-revenue@a1b2:agent:42:year=2025:3,5");
	}

	private static CacheKey key(DataScope scope, Map<String, ?> parameters) {
		return CacheKey.of(CacheTier.KPI, "summary", scope, parameters, Coverage.everywhere());
	}

}
