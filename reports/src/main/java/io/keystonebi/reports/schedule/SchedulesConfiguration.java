package io.keystonebi.reports.schedule;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.reports.ReportsProperties;

/** Report schedules and their planner. Needs a {@link Clock} bean (see {@code KpiConfiguration}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
public class SchedulesConfiguration {

	@Bean
	Schedules schedules(Jdbi jdbi, Clock clock, ReportsProperties properties) {
		return new Schedules(jdbi, clock, properties);
	}

	@Bean
	ScheduleChoices scheduleChoices(Jdbi jdbi) {
		return new ScheduleChoices(jdbi);
	}

	@Bean
	SchedulePlanner schedulePlanner(Jdbi jdbi, Clock clock, ReportsProperties properties) {
		return new SchedulePlanner(jdbi, clock, properties.schedules().planningBatch());
	}

}
