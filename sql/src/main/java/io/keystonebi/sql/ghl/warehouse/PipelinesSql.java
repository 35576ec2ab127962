package io.keystonebi.sql.ghl.warehouse;

import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Pipelines and stages that opportunities point at before a sync has brought them: placeholders named by their
 * GHL id (stage position 0), whose names and order the next pipeline sync fills in.
 */
@UseClasspathSqlLocator
public interface PipelinesSql {

	/** Creates the pipeline and its stage as placeholders where they do not exist yet. */
	default void ensureStage(long locationId, String pipelineSourceId, String stageSourceId) {
		ensurePipeline(locationId, pipelineSourceId);
		if (stageSourceId != null) {
			ensurePipelineStage(locationId, pipelineSourceId, stageSourceId);
		}
	}

	@SqlUpdate
	void ensurePipeline(@Bind("locationId") long locationId, @Bind("pipelineSourceId") String pipelineSourceId);

	@SqlUpdate
	void ensurePipelineStage(@Bind("locationId") long locationId, @Bind("pipelineSourceId") String pipelineSourceId,
			@Bind("stageSourceId") String stageSourceId);

	/** Writes a pipeline as GHL lists it (newer wins), reviving one a full sync had marked deleted. */
	@SqlUpdate
	void upsertPipeline(@Bind("locationId") long locationId, @Bind("sourceId") String sourceId,
			@Bind("name") String name, @Bind("sourceUpdatedAt") OffsetDateTime sourceUpdatedAt);

	/** Writes a stage's name and position; probabilities and funnel steps are brokerage settings, kept. */
	@SqlUpdate
	void upsertStage(@Bind("locationId") long locationId, @Bind("pipelineSourceId") String pipelineSourceId,
			@Bind("sourceId") String sourceId, @Bind("name") String name, @Bind("position") int position);

}
