package io.keystonebi.reports.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TwoProportionTestTests {

	@Test
	void theTestMatchesAHandComputedExample() {
		// A: 20 of 200 (10 %), B: 36 of 200 (18 %). Pooled p = 56 / 400 = 0.14;
		// standard error = sqrt(0.14 * 0.86 * (1/200 + 1/200)) = sqrt(0.001204) = 0.034699;
		// z = (0.18 - 0.10) / 0.034699 = 2.3056; two-sided p = 2 * (1 - Phi(2.3056)) = 2 * 0.010568 = 0.02114.
		TwoProportionTest test = TwoProportionTest.of(20, 200, 36, 200);

		assertThat(test.z()).isCloseTo(2.3056, within(0.0001));
		assertThat(test.pValue()).isCloseTo(0.02114, within(0.00001));
		assertThat(test.significant()).isTrue();
	}

	@Test
	void aSmallDifferenceIsNotSignificantAndItsSignFollowsB() {
		// A: 1 of 3, B: 0 of 3. Pooled 1/6; standard error sqrt(1/6 * 5/6 * 2/3) = 0.30429; z = -0.3333 / 0.30429.
		TwoProportionTest test = TwoProportionTest.of(1, 3, 0, 3);

		assertThat(test.z()).isCloseTo(-1.0954, within(0.0001));
		assertThat(test.pValue()).isCloseTo(0.2733, within(0.0001));
		assertThat(test.significant()).isFalse();
	}

	@Test
	void withoutLeadsOrWithoutVarianceThereIsNoTest() {
		assertThat(TwoProportionTest.of(0, 0, 3, 10)).isNull();
		assertThat(TwoProportionTest.of(0, 10, 0, 12)).isNull();
		assertThat(TwoProportionTest.of(10, 10, 12, 12)).isNull();
		assertThat(TwoProportionTest.of(5, 10, 5, 10).pValue()).isEqualTo(1.0);
	}

}
