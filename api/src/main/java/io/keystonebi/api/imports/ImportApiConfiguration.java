package io.keystonebi.api.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.demo.DemoConfiguration;
import io.keystonebi.etl.imports.ImportConfiguration;
import io.keystonebi.etl.imports.ImportLauncher;

/** Imports from outside the process: the admin endpoints, the command line, and the demo data under its profile. */
@Configuration(proxyBeanMethods = false)
@Import({ ImportConfiguration.class, DemoConfiguration.class, ImportController.class })
public class ImportApiConfiguration {

	@Bean
	ImportCommand importCommand(ImportLauncher importLauncher) {
		return new ImportCommand(importLauncher);
	}

}
