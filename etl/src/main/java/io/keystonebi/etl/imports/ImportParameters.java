package io.keystonebi.etl.imports;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import io.keystonebi.etl.imports.read.SourceFile;

/**
 * The job parameters of one import run. The run id makes each import its own job instance; restarting a run
 * launches the same parameters again, which Spring Batch treats as a restart of that instance.
 *
 * @param runId the import run
 * @param file the file to read
 * @param mapping the mapping name or path
 * @param location the location's source id, or null for the mapping's
 * @param rebaseDays the date shift of rebase-group mappings
 */
record ImportParameters(long runId, SourceFile file, String mapping, String location, long rebaseDays) {

	static final String LOCATION_ID = "import.locationId";

	static final String TIMEZONE = "import.timezone";

	JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addLong("run.id", this.runId)
			.addString("file", this.file.location())
			.addString("file.name", this.file.displayName())
			.addString("mapping", this.mapping)
			.addLong("rebase.days", this.rebaseDays);
		if (this.location != null) {
			builder.addString("location", this.location);
		}
		return builder.toJobParameters();
	}

	static ImportParameters of(JobParameters parameters) {
		Long rebase = parameters.getLong("rebase.days");
		return new ImportParameters(parameters.getLong("run.id"),
				new SourceFile(parameters.getString("file"), parameters.getString("file.name")),
				parameters.getString("mapping"), parameters.getString("location"), (rebase != null) ? rebase : 0);
	}

	static ImportParameters of(StepExecution step) {
		return of(step.getJobExecution().getJobParameters());
	}

}
