package io.keystonebi.api.dashboard;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStampTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "PT0S, just now", "PT59S, just now", "PT1M, 1 min ago", "PT59M59S, 59 min ago", "PT1H, 1 h ago",
			"PT47H59M, 47 h ago", "PT48H, 2 days ago", "PT100H, 4 days ago" })
	void lagsAreSaidInTheLargestWholeUnit(Duration lag, String words) {
		assertThat(SyncStamp.ago(lag)).isEqualTo(words);
	}

}
