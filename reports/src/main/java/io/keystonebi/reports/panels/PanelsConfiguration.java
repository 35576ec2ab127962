package io.keystonebi.reports.panels;

import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.keystonebi.reports.ReportsProperties;

/** The dashboard pages' panels: one {@link PanelSource} bean per page, gathered by the {@link PanelService}. */
@Configuration(proxyBeanMethods = false)
public class PanelsConfiguration {

	@Bean
	PanelService panelService(Jdbi jdbi, ReportsProperties properties, Clock clock, List<PanelSource> sources) {
		return new PanelService(jdbi, properties, clock, sources);
	}

}
