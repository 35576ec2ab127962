package io.keystonebi.etl.imports;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.mapping.MappingRepository;
import io.keystonebi.etl.imports.mapping.PipelineSpec;
import io.keystonebi.etl.imports.read.SourceRowReader;
import io.keystonebi.sql.imports.OpportunitiesSql;
import io.keystonebi.sql.imports.ImportRunsSql;

/**
 * The step before loading: checks the file's header against the mapping (so a missing column stops the run
 * before any row is written), resolves the location and creates the pipeline stages the mapping declares.
 * It runs again on restart, as the file or mapping may have been fixed in between. Stages it added or changed
 * count as a change of the location; a location it creates holds nothing until rows are loaded into it.
 */
final class PrepareImportTasklet implements Tasklet {

	private final MappingRepository mappings;

	private final Jdbi jdbi;

	private final WarehouseChanges changes;

	PrepareImportTasklet(MappingRepository mappings, Jdbi jdbi, WarehouseChanges changes) {
		this.mappings = mappings;
		this.jdbi = jdbi;
		this.changes = changes;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ImportParameters parameters = ImportParameters.of(step);
		Mapping mapping = this.mappings.load(parameters.mapping());
		checkHeader(parameters, mapping);
		ImportRunsSql.LocationRow location = location(parameters, mapping);
		if (mapping.pipeline() != null) {
			WarehouseChanges.Mark before = this.changes.mark();
			declarePipeline(location.id(), mapping.pipeline());
			this.changes.publishIfWritten(before, List.of(location.id()));
		}
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		job.putLong(ImportParameters.LOCATION_ID, location.id());
		job.putString(ImportParameters.TIMEZONE, location.timezone());
		return RepeatStatus.FINISHED;
	}

	private static void checkHeader(ImportParameters parameters, Mapping mapping) {
		SourceRowReader reader = parameters.file().reader(mapping.fileColumns(), mapping.name());
		reader.open(new ExecutionContext());
		reader.close();
	}

	private ImportRunsSql.LocationRow location(ImportParameters parameters, Mapping mapping) {
		ImportRunsSql sql = this.jdbi.onDemand(ImportRunsSql.class);
		if (parameters.location() != null) {
			return sql.findLocation(parameters.location())
				.orElseThrow(() -> new LocationNotFoundException("No location with source id '" + parameters.location()
						+ "' exists; create it first or name it in the mapping"));
		}
		if (mapping.location() == null) {
			throw new LocationNotFoundException("Mapping " + mapping.name() + " names no location and the import "
					+ "gave none; pass the location's source id");
		}
		return sql.mergeLocation(mapping.location().sourceId(), mapping.location().name(), mapping.location().timezone());
	}

	private void declarePipeline(long locationId, PipelineSpec pipeline) {
		OpportunitiesSql sql = this.jdbi.onDemand(OpportunitiesSql.class);
		sql.mergePipeline(locationId, pipeline.name());
		for (PipelineSpec.StageSpec stage : pipeline.stages()) {
			sql.mergeStage(locationId, pipeline.name(), stage.name(), stage.position(), stage.funnelStage(),
					stage.winProbability());
		}
	}

}
