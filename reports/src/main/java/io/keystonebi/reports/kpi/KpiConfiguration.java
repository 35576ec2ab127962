package io.keystonebi.reports.kpi;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.reports.ReportsProperties;

/** The KPI summary and the clock that decides what "today" is (replaceable by a primary {@link Clock}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
public class KpiConfiguration {

	@Bean
	Clock reportsClock() {
		return Clock.systemUTC();
	}

	@Bean
	SummaryService summaryService(Jdbi jdbi, ReportsProperties properties, Clock clock) {
		return new SummaryService(jdbi, properties, clock);
	}

}
