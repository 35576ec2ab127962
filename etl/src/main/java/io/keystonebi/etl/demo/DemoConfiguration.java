package io.keystonebi.etl.demo;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.imports.ImportConfiguration;
import io.keystonebi.etl.imports.ImportLauncher;
import io.keystonebi.etl.imports.ImportRuns;

/** Under the {@code demo} profile, loads the demo data set on a start that finds the warehouse without it. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@Import(ImportConfiguration.class)
public class DemoConfiguration {

	@Bean
	DemoDataLoader demoDataLoader(ImportLauncher importLauncher, ImportRuns importRuns, EtlProperties properties) {
		return new DemoDataLoader(importLauncher, importRuns, properties, Clock.systemDefaultZone());
	}

}
