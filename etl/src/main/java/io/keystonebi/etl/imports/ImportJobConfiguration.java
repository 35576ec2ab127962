package io.keystonebi.etl.imports;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.imports.load.ParsedRow;
import io.keystonebi.etl.imports.load.RowParser;
import io.keystonebi.etl.imports.load.StagingWriter;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.mapping.MappingRepository;
import io.keystonebi.etl.imports.read.SourceRow;
import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;

/**
 * The spreadsheet import job: a prepare step (header check, location, pipeline stages), a chunked load step
 * of reader, parser and writer, then the refresh of exactly the rollup slices the load touched.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	static final String JOB_NAME = "spreadsheetImport";

	@Bean
	@StepScope
	ItemStreamReader<SourceRow> importReader(@Value("#{stepExecution}") StepExecution step, MappingRepository mappings) {
		ImportParameters parameters = ImportParameters.of(step);
		Mapping mapping = mappings.load(parameters.mapping());
		return parameters.file().reader(mapping.fileColumns(), mapping.name());
	}

	@Bean
	@StepScope
	ItemProcessor<SourceRow, ParsedRow> importParser(@Value("#{stepExecution}") StepExecution step,
			MappingRepository mappings) {
		ImportParameters parameters = ImportParameters.of(step);
		return new RowParser(mappings.load(parameters.mapping()), parameters.rebaseDays());
	}

	@Bean
	@StepScope
	ItemWriter<ParsedRow> importWriter(@Value("#{stepExecution}") StepExecution step, MappingRepository mappings,
			DataSource dataSource, Jdbi jdbi, FieldCipher fieldCipher, BlindIndex blindIndex,
			WarehouseChanges changes) {
		ImportParameters parameters = ImportParameters.of(step);
		var job = step.getJobExecution().getExecutionContext();
		var run = new StagingWriter.RunContext(parameters.runId(), parameters.file().displayName(),
				job.getLong(ImportParameters.LOCATION_ID), job.getString(ImportParameters.TIMEZONE));
		return new StagingWriter(dataSource, jdbi, fieldCipher, blindIndex, mappings.load(parameters.mapping()), run,
				changes);
	}

	@Bean
	Step prepareImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MappingRepository mappings, Jdbi jdbi, WarehouseChanges changes) {
		return new StepBuilder("prepareImport", jobRepository)
			.tasklet(new PrepareImportTasklet(mappings, jdbi, changes), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step loadImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EtlProperties properties, ItemStreamReader<SourceRow> importReader,
			ItemProcessor<SourceRow, ParsedRow> importParser, ItemWriter<ParsedRow> importWriter) {
		return new StepBuilder("loadImport", jobRepository).<SourceRow, ParsedRow>chunk(properties.importChunkSize())
			.transactionManager(transactionManager)
			.reader(importReader)
			.processor(importParser)
			.writer(importWriter)
			.build();
	}

	@Bean
	Job importJob(JobRepository jobRepository, Step prepareImportStep, Step loadImportStep, Step rollupRefreshStep,
			Jdbi jdbi) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new ImportRunListener(jdbi))
			.start(prepareImportStep)
			.next(loadImportStep)
			.next(rollupRefreshStep)
			.build();
	}

}
