package io.keystonebi.etl.imports;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.mapping.MappingRepository;
import io.keystonebi.etl.imports.read.SourceFile;
import io.keystonebi.sql.imports.ImportRunsSql;
import io.keystonebi.sql.imports.ImportRun;

/**
 * Starts imports and restarts failed ones, waiting for the job to end. A mapping that cannot be found or
 * parsed fails at once, before a run is recorded; every later failure is recorded on the run.
 */
public class ImportLauncher {

	private final JobOperator jobOperator;

	private final Job importJob;

	private final MappingRepository mappings;

	private final ImportRuns runs;

	private final Jdbi jdbi;

	private final JobRepository jobRepository;

	ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job importJob, MappingRepository mappings,
			ImportRuns runs, Jdbi jdbi) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importJob = importJob;
		this.mappings = mappings;
		this.runs = runs;
		this.jdbi = jdbi;
	}

	/** @return the mapping a request names, parsed; fails with a message naming what is wrong */
	public Mapping mapping(String nameOrPath) {
		return this.mappings.load(nameOrPath);
	}

	/** @return the run, ended (completed or failed), with its first quarantined rows */
	public ImportRunSummary run(ImportRequest request) {
		Mapping mapping = this.mappings.load(request.mapping());
		long runId = this.jdbi.onDemand(ImportRunsSql.class)
			.create(request.displayName(), mapping.name(), mapping.target().mappingName());
		ImportParameters parameters = new ImportParameters(runId, new SourceFile(request.file(), request.displayName()),
				request.mapping(), request.location(), request.rebaseDays());
		launch(parameters.toJobParameters());
		return this.runs.summary(runId);
	}

	/** Resumes a failed run after its last committed chunk; fails when the run completed. */
	public ImportRunSummary restart(long runId) {
		ImportRun run = this.runs.find(runId);
		if (run.completed() || run.jobExecutionId() == null) {
			throw new ImportNotRestartableException("Import run " + runId + " cannot be restarted: it is " + run.status());
		}
		launch(this.jobRepository.getJobExecution(run.jobExecutionId()).getJobParameters());
		return this.runs.summary(runId);
	}

	private void launch(JobParameters parameters) {
		try {
			this.jobOperator.start(this.importJob, parameters);
		}
		catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
				| org.springframework.batch.core.launch.JobRestartException
				| org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
				| org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
			throw new ImportNotRestartableException("Import cannot start: " + ex.getMessage());
		}
	}

}
