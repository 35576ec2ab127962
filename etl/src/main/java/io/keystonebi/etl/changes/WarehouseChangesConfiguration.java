package io.keystonebi.etl.changes;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link WarehouseChanges} every loading job reports to; imported by each job's configuration. */
@Configuration(proxyBeanMethods = false)
public class WarehouseChangesConfiguration {

	@Bean
	public WarehouseChanges warehouseChanges(ApplicationEventPublisher publisher, Jdbi jdbi) {
		return new WarehouseChanges(publisher, jdbi);
	}

}
