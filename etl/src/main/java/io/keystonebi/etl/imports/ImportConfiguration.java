package io.keystonebi.etl.imports;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChangesConfiguration;
import io.keystonebi.etl.imports.mapping.MappingRepository;
import io.keystonebi.etl.rollups.RollupConfiguration;

/** Spreadsheet imports: the job, the mappings it reads, and the services that start runs and read their results. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EtlProperties.class)
@Import({ ImportJobConfiguration.class, RollupConfiguration.class, WarehouseChangesConfiguration.class })
public class ImportConfiguration {

	@Bean
	MappingRepository mappingRepository(ResourceLoader resourceLoader, EtlProperties properties) {
		return new MappingRepository(resourceLoader, properties.mappingLocations());
	}

	@Bean
	ImportRuns importRuns(Jdbi jdbi) {
		return new ImportRuns(jdbi);
	}

	@Bean
	ImportLauncher importLauncher(JobOperator jobOperator, JobRepository jobRepository, Job importJob,
			MappingRepository mappingRepository, ImportRuns importRuns, Jdbi jdbi) {
		return new ImportLauncher(jobOperator, jobRepository, importJob, mappingRepository, importRuns, jdbi);
	}

}
