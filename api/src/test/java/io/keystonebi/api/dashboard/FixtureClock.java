package io.keystonebi.api.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Fixes "now" where the dashboard fixture expects it: 12:00 in Denver on 2026-03-20. */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureClock {

	/** The hand-made warehouse content the dashboard tests read. */
	public static final String FIXTURE = "/io/keystonebi/api/dashboard/fixture.sql";

	static final Instant NOW = Instant.parse("2026-03-20T18:00:00Z");

	@Bean
	@Primary
	Clock fixtureClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
