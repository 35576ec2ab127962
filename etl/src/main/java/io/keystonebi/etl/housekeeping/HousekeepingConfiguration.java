package io.keystonebi.etl.housekeeping;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The purge of old job runs and applied webhook deliveries. */
@Configuration(proxyBeanMethods = false)
public class HousekeepingConfiguration {

	@Bean
	public Housekeeping housekeeping(Jdbi jdbi) {
		// The JVM's zone: Spring Batch records run times as local times of that zone.
		return new Housekeeping(jdbi, Clock.systemDefaultZone());
	}

}
