package io.keystonebi.api.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.keystonebi.api.ApiProperties;
import io.keystonebi.reports.scope.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTierTests {

	private final LocalTier local = new LocalTier(settings());

	private final CacheKey overA = key("a", Coverage.of(List.of(1L)));

	private final CacheKey overB = key("b", Coverage.of(List.of(2L)));

	private final CacheKey overAandB = key("ab", Coverage.of(List.of(1L, 2L)));

	private final CacheKey overAll = key("all", Coverage.everywhere());

	@Test
	void aChangeDropsTheAnswersOverItsLocationsAndKeepsTheOthers() {
		List.of(this.overA, this.overB, this.overAandB, this.overAll).forEach(this::hold);

		this.local.changed(Set.of(1L));

		assertThat(this.local.get(this.overA)).isNull();
		assertThat(this.local.get(this.overAandB)).isNull();
		assertThat(this.local.get(this.overAll)).isNull();
		assertThat(this.local.get(this.overB)).isEqualTo("b");
		assertThat(this.local.keys()).containsExactly(this.overB);
	}

	@Test
	void anAnswerWhoseLoadStartedBeforeAChangeOfItsLocationsIsNotKept() {
		long stampA = this.local.stamp(this.overA.coverage());
		long stampB = this.local.stamp(this.overB.coverage());
		long stampAll = this.local.stamp(this.overAll.coverage());

		this.local.changed(Set.of(1L));
		this.local.put(this.overA, stampA, "a computed before the change");
		this.local.put(this.overB, stampB, "b");
		this.local.put(this.overAll, stampAll, "all computed before the change");

		assertThat(this.local.get(this.overA)).isNull();
		assertThat(this.local.get(this.overAll)).isNull();
		assertThat(this.local.get(this.overB)).isEqualTo("b");
	}

	@Test
	void clearingDropsEveryAnswerAndEveryLoadUnderWay() {
		long stamp = this.local.stamp(this.overB.coverage());
		hold(this.overA);

		this.local.clear();
		this.local.put(this.overB, stamp, "b loaded while changes went unheard");

		assertThat(this.local.get(this.overA)).isNull();
		assertThat(this.local.get(this.overB)).isNull();
	}

	private void hold(CacheKey key) {
		this.local.put(key, this.local.stamp(key.coverage()), key.name());
	}

	private static CacheKey key(String name, Coverage coverage) {
		return CacheKey.of(CacheTier.ANALYTICS, name, DataScope.brokerage(), Map.of(), coverage);
	}

	static ApiProperties.Cache settings() {
		return new ApiProperties.Cache(true, 100, new ApiProperties.Cache.Ttl(Duration.ofSeconds(30),
				Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(7)));
	}

}
