package io.keystonebi.reports.panels;

import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;

/**
 * The dashboard pages' panels: one {@link PanelSource} bean per page, gathered by the {@link PanelService}, and the
 * services beside them (drill rows, an agent's own page). Each is a {@link Component} in its feature's package of
 * the reports module, found here; configuration classes are left to their importers.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "io.keystonebi.reports", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Component.class),
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Configuration.class))
public class PanelsConfiguration {

	@Bean
	PanelService panelService(Jdbi jdbi, ReportsProperties properties, Clock clock, List<PanelSource> sources) {
		return new PanelService(jdbi, properties, clock, sources);
	}

}
