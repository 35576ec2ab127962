package io.keystonebi.etl.imports.mapping;

import java.util.List;

/**
 * A pipeline an opportunities mapping declares, with its stages in order.
 *
 * @param name the pipeline's name, also its key
 * @param stages its stages, first to last
 */
public record PipelineSpec(String name, List<StageSpec> stages) {

	/**
	 * One stage of a declared pipeline.
	 *
	 * @param name the stage's name, also its key within the pipeline
	 * @param position its place, 1 for the first
	 * @param funnelStage the standard funnel step it counts as (lead, contacted, qualified, proposal, closed)
	 * @param winProbability the configured chance of winning from this stage (0..1), or null to learn it
	 */
	public record StageSpec(String name, int position, String funnelStage, java.math.BigDecimal winProbability) {
	}

}
